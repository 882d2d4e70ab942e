using System.Collections.Immutable;

namespace ScoreLang.Compiler.Generation;

/// <summary>What an operand is at run time in the generated code (the evaluator's CLR value kinds, S1).</summary>
internal enum OperandKind
{
    /// <summary>Always unknown: a name that does not resolve, an error, an attribute outside an event rule.</summary>
    Unknown,
    Number,
    Bool,
    /// <summary>A date or datetime as UTC ticks.</summary>
    Ticks,
    /// <summary>A string (null when unknown).</summary>
    Text,
    /// <summary>An enum member code (-1 when unknown) with <see cref="Operand.Members"/>.</summary>
    Enum,
}

/// <summary>
/// A generated operand: <see cref="Known"/> is a C# bool expression, <see cref="Value"/> a C# expression that may
/// only be evaluated when Known holds. <see cref="Constant"/> is the evaluator's value of a constant (double, bool,
/// DateTime, string), so comparisons with constants can be decided or tabulated while generating. <see cref="Guard"/>,
/// when set, is the part of Known that makes Value safe to evaluate at all (an associated record exists).
/// <see cref="Column"/> is set for a text operand read from a column, so a condition on it can be tabulated per
/// distinct value (<see cref="TextColumn"/>).
/// </summary>
internal sealed record Operand(OperandKind Kind, string Known, string Value, ImmutableArray<string> Members = default, object? Constant = null, string? Guard = null, TextColumn? Column = null)
{
    public static Operand Unknown { get; } = new(OperandKind.Unknown, "false", "default");

    public bool IsConstant => Constant is not null;
}
