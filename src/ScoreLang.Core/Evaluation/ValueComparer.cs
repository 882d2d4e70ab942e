using System.Globalization;
using ScoreLang.Syntax;

namespace ScoreLang.Evaluation;

/// <summary>
/// Comparison of runtime values (string, double, bool, DateTime; null is unknown) for the reference evaluator.
/// Any comparison involving an unknown value, or values of different kinds, is false. Text comparisons ignore case.
/// </summary>
internal static class ValueComparer
{
    /// <summary>
    /// Brings input values to the evaluator's kinds: every CLR number becomes a double (test data or loaders may hand
    /// over an int), everything else is kept as is.
    /// </summary>
    public static object? Normalize(object? value) => value switch
    {
        null => null,
        double => value,
        int or long or float or decimal or short or byte or uint or ulong => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        _ => value,
    };

    public static DateTime? AsDate(object? value) => value is DateTime date ? date : null;

    public static bool Compare(object? left, ComparisonOperator op, object? right)
    {
        left = Normalize(left);
        right = Normalize(right);
        return (left, right) switch
        {
            (null, _) or (_, null) => false,
            (double l, double r) => CompareOrdered(l.CompareTo(r), op, l.Equals(r)),
            (DateTime l, DateTime r) => CompareOrdered(l.CompareTo(r), op, l == r),
            (bool l, bool r) => op switch
            {
                ComparisonOperator.Equal => l == r,
                ComparisonOperator.NotEqual => l != r,
                _ => false,
            },
            (string l, string r) => CompareText(l, op, r),
            _ => false,
        };
    }

    private static bool CompareOrdered(int order, ComparisonOperator op, bool equal) => op switch
    {
        ComparisonOperator.Equal => equal,
        ComparisonOperator.NotEqual => !equal,
        ComparisonOperator.Less => order < 0,
        ComparisonOperator.LessOrEqual => order <= 0,
        ComparisonOperator.Greater => order > 0,
        ComparisonOperator.GreaterOrEqual => order >= 0,
        _ => false,
    };

    private static bool CompareText(string left, ComparisonOperator op, string right) => op switch
    {
        ComparisonOperator.Equal => string.Equals(left, right, StringComparison.OrdinalIgnoreCase),
        ComparisonOperator.NotEqual => !string.Equals(left, right, StringComparison.OrdinalIgnoreCase),
        ComparisonOperator.Contains => left.Contains(right, StringComparison.OrdinalIgnoreCase),
        ComparisonOperator.StartsWith => left.StartsWith(right, StringComparison.OrdinalIgnoreCase),
        ComparisonOperator.EndsWith => left.EndsWith(right, StringComparison.OrdinalIgnoreCase),
        // The binder only orders numbers and dates; should text ever get here, order it the same case-blind way.
        _ => CompareOrdered(string.Compare(left, right, StringComparison.OrdinalIgnoreCase), op, string.Equals(left, right, StringComparison.OrdinalIgnoreCase)),
    };
}
