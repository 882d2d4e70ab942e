using ScoreLang.Semantics;
using ScoreLang.Syntax;

namespace ScoreLang.Sql.Generation;

/// <summary>
/// One comparison of two SQL values by the kinds of their operands, as <see cref="Evaluation.ValueComparer"/> compares
/// runtime values: numbers and dates by order, booleans by equality only, text ignoring case (both sides upper-cased),
/// and anything else (kinds that do not match, text operators on numbers) false. The result may be NULL when an
/// operand is unknown; the caller makes it definite.
/// </summary>
internal sealed class ComparisonTranslator
{
    private readonly SqlDialect _dialect;

    public ComparisonTranslator(SqlDialect dialect)
    {
        _dialect = dialect;
    }

    public static bool IsText(DataKind kind) => kind is DataKind.String or DataKind.Enum or DataKind.Association;

    public static bool AreComparable(DataKind left, DataKind right) =>
        (IsText(left) && IsText(right))
        || (left == DataKind.Number && right == DataKind.Number)
        || (left == DataKind.Bool && right == DataKind.Bool)
        || (IsTemporal(left) && IsTemporal(right));

    public string Compare(DataKind leftKind, string left, ComparisonOperator op, DataKind rightKind, string right)
    {
        if (!AreComparable(leftKind, rightKind))
        {
            return "FALSE";
        }

        if (IsText(leftKind))
        {
            var l = _dialect.Upper(left);
            var r = _dialect.Upper(right);
            return op switch
            {
                ComparisonOperator.Contains => _dialect.Contains(l, r),
                ComparisonOperator.StartsWith => _dialect.StartsWith(l, r),
                ComparisonOperator.EndsWith => _dialect.EndsWith(l, r),
                _ => Ordered(l, op, r),
            };
        }

        return leftKind == DataKind.Bool
            ? op switch
            {
                ComparisonOperator.Equal => $"{left} = {right}",
                ComparisonOperator.NotEqual => $"{left} <> {right}",
                _ => "FALSE",
            }
            : op is ComparisonOperator.Contains or ComparisonOperator.StartsWith or ComparisonOperator.EndsWith
                ? "FALSE"
                : Ordered(left, op, right);
    }

    private static bool IsTemporal(DataKind kind) => kind is DataKind.Date or DataKind.DateTime;

    private static string Ordered(string left, ComparisonOperator op, string right) => op switch
    {
        ComparisonOperator.Equal => $"{left} = {right}",
        ComparisonOperator.NotEqual => $"{left} <> {right}",
        ComparisonOperator.Less => $"{left} < {right}",
        ComparisonOperator.LessOrEqual => $"{left} <= {right}",
        ComparisonOperator.Greater => $"{left} > {right}",
        ComparisonOperator.GreaterOrEqual => $"{left} >= {right}",
        _ => "FALSE",
    };
}
