using ScoreLang.Evaluation;
using ScoreLang.Syntax;

namespace ScoreLang.Compiler.Generation;

/// <summary>
/// Comparisons of two generated operands with the evaluator's rules (its ValueComparer): unknown on either side is
/// false; numbers with numbers, dates with dates, bools with bools (== and != only), text with text ignoring case
/// (enum values are their member names); any other pairing is false. Constant pairs are decided while generating.
/// </summary>
internal static class Comparisons
{
    public static string Compare(Operand left, ComparisonOperator op, Operand right, ClassData data)
    {
        if (left.Kind == OperandKind.Unknown || right.Kind == OperandKind.Unknown)
        {
            return "false";
        }

        if (left.Kind == OperandKind.Enum && right.IsConstant)
        {
            return EnumTable(left, member => ValueComparer.Compare(member, op, right.Constant), data);
        }

        if (right.Kind == OperandKind.Enum && left.IsConstant)
        {
            return EnumTable(right, member => ValueComparer.Compare(left.Constant, op, member), data);
        }

        return Syntax.And(left.Known, Syntax.And(right.Known, CompareKnownValues(left, op, right, data)));
    }

    /// <summary>The comparison of two values both known (the caller checks that they are).</summary>
    public static string CompareKnownValues(Operand left, ComparisonOperator op, Operand right, ClassData data)
    {
        if (left.IsConstant && right.IsConstant)
        {
            return ValueComparer.Compare(left.Constant, op, right.Constant) ? "true" : "false";
        }

        if (left.Kind == OperandKind.Enum && right.IsConstant)
        {
            return EnumTable(left, member => ValueComparer.Compare(member, op, right.Constant), data);
        }

        if (right.Kind == OperandKind.Enum && left.IsConstant)
        {
            return EnumTable(right, member => ValueComparer.Compare(left.Constant, op, member), data);
        }

        return (left.Kind, right.Kind) switch
        {
            (OperandKind.Number, OperandKind.Number) => Number(left.Value, op, right.Value),
            (OperandKind.Ticks, OperandKind.Ticks) => Ordered(left.Value, op, right.Value),
            (OperandKind.Bool, OperandKind.Bool) => op switch
            {
                ComparisonOperator.Equal => $"{left.Value} == {right.Value}",
                ComparisonOperator.NotEqual => $"{left.Value} != {right.Value}",
                _ => "false",
            },
            (OperandKind.Text or OperandKind.Enum, OperandKind.Text or OperandKind.Enum) => Text(AsText(left, data), op, AsText(right, data)),
            _ => "false",
        };
    }

    /// <summary>
    /// A test of an enum operand decided per member while generating: false, a known check, one code, or a bool table
    /// indexed by the member code.
    /// </summary>
    public static string EnumTable(Operand operand, Func<string, bool> holdsFor, ClassData data)
    {
        var table = operand.Members.Select(holdsFor).ToArray();
        var holding = Enumerable.Range(0, table.Length).Where(i => table[i]).ToArray();
        return holding.Length switch
        {
            0 => "false",
            _ when holding.Length == table.Length => operand.Known,
            1 => Syntax.And(operand.Guard, $"{operand.Value} == {CSharpText.Int(holding[0])}"),
            _ => Syntax.And(operand.Known, $"{data.Table(table)}[{operand.Value}]"),
        };
    }

    private static string AsText(Operand operand, ClassData data) =>
        operand.Kind == OperandKind.Enum ? $"{data.Members(operand.Members)}[{operand.Value}]" : operand.Value;

    /// <summary>As the evaluator: <see cref="double.Equals(double)"/> for equality, <see cref="double.CompareTo(double)"/> for order.</summary>
    private static string Number(string left, ComparisonOperator op, string right) => op switch
    {
        ComparisonOperator.Equal => $"{left}.Equals({right})",
        ComparisonOperator.NotEqual => $"!{left}.Equals({right})",
        ComparisonOperator.Less => $"{left}.CompareTo({right}) < 0",
        ComparisonOperator.LessOrEqual => $"{left}.CompareTo({right}) <= 0",
        ComparisonOperator.Greater => $"{left}.CompareTo({right}) > 0",
        ComparisonOperator.GreaterOrEqual => $"{left}.CompareTo({right}) >= 0",
        _ => "false",
    };

    private static string Ordered(string left, ComparisonOperator op, string right) => op switch
    {
        ComparisonOperator.Equal => $"{left} == {right}",
        ComparisonOperator.NotEqual => $"{left} != {right}",
        ComparisonOperator.Less => $"{left} < {right}",
        ComparisonOperator.LessOrEqual => $"{left} <= {right}",
        ComparisonOperator.Greater => $"{left} > {right}",
        ComparisonOperator.GreaterOrEqual => $"{left} >= {right}",
        _ => "false",
    };

    private static string Text(string left, ComparisonOperator op, string right) => op switch
    {
        ComparisonOperator.Equal => $"string.Equals({left}, {right}, StringComparison.OrdinalIgnoreCase)",
        ComparisonOperator.NotEqual => $"!string.Equals({left}, {right}, StringComparison.OrdinalIgnoreCase)",
        ComparisonOperator.Contains => $"{left}.Contains({right}, StringComparison.OrdinalIgnoreCase)",
        ComparisonOperator.StartsWith => $"{left}.StartsWith({right}, StringComparison.OrdinalIgnoreCase)",
        ComparisonOperator.EndsWith => $"{left}.EndsWith({right}, StringComparison.OrdinalIgnoreCase)",
        ComparisonOperator.Less => $"string.Compare({left}, {right}, StringComparison.OrdinalIgnoreCase) < 0",
        ComparisonOperator.LessOrEqual => $"string.Compare({left}, {right}, StringComparison.OrdinalIgnoreCase) <= 0",
        ComparisonOperator.Greater => $"string.Compare({left}, {right}, StringComparison.OrdinalIgnoreCase) > 0",
        _ => $"string.Compare({left}, {right}, StringComparison.OrdinalIgnoreCase) >= 0",
    };
}
