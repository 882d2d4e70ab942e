using System.Collections.Immutable;

namespace ScoreLang.Semantics;

public enum DataKind
{
    /// <summary>The type of an expression the binder could not type (an error was reported).</summary>
    Error,
    String,
    Number,
    Bool,
    /// <summary>A calendar date; values are <see cref="DateTime"/> at midnight UTC.</summary>
    Date,
    /// <summary>A point in time; values are <see cref="DateTime"/> in UTC.</summary>
    DateTime,
    /// <summary>One of <see cref="ValueType.EnumMembers"/>; values are the member's name as a string.</summary>
    Enum,
    /// <summary>An association to another record type (<see cref="ValueType.TargetRecordType"/>).</summary>
    Association,
}

/// <summary>
/// The type of a property, attribute or operand. Runtime values (in the evaluator's records and events, and in
/// constants) are CLR objects: string, double, bool, DateTime (UTC), enum members as string, and null for unknown.
/// </summary>
public sealed record ValueType(DataKind Kind, ImmutableArray<string> EnumMembers, string? TargetRecordType)
{
    public static ValueType Error { get; } = new(DataKind.Error, [], null);

    public static ValueType String { get; } = new(DataKind.String, [], null);

    public static ValueType Number { get; } = new(DataKind.Number, [], null);

    public static ValueType Bool { get; } = new(DataKind.Bool, [], null);

    public static ValueType Date { get; } = new(DataKind.Date, [], null);

    public static ValueType DateTime { get; } = new(DataKind.DateTime, [], null);

    public static ValueType EnumOf(ImmutableArray<string> members) => new(DataKind.Enum, members, null);

    public static ValueType AssociationTo(string recordType) => new(DataKind.Association, [], recordType);

    public bool IsTemporal => Kind is DataKind.Date or DataKind.DateTime;

    public bool IsTextual => Kind is DataKind.String or DataKind.Enum;

    public bool Equals(ValueType? other) =>
        other is not null && Kind == other.Kind && TargetRecordType == other.TargetRecordType
        && EnumMembers.SequenceEqual(other.EnumMembers, StringComparer.Ordinal);

    public override int GetHashCode() => HashCode.Combine(Kind, TargetRecordType, EnumMembers.Length);

    /// <summary>How the language reference writes the type: <c>number</c>, <c>enum { a, b }</c>, <c>company</c>.</summary>
    public override string ToString() => Kind switch
    {
        DataKind.Enum => $"enum {{ {string.Join(", ", EnumMembers)} }}",
        DataKind.Association => TargetRecordType ?? "?",
        DataKind.DateTime => "datetime",
        DataKind.Error => "?",
        _ => Kind.ToString().ToLowerInvariant(),
    };
}
