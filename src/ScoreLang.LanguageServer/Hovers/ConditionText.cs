using System.Globalization;
using ScoreLang.Semantics;
using ScoreLang.Syntax;

namespace ScoreLang.LanguageServer.Hovers;

/// <summary>
/// Says a bound condition in plain words for hovers: <c>num_employees &gt;= 500</c> becomes "`num_employees` is at
/// least 500", <c>industry in [software, finance]</c> "`industry` is software or finance". Names are in backticks (the
/// hover is markdown); text constants are quoted.
/// </summary>
internal static class ConditionText
{
    public static string Describe(BoundExpression expression) => expression switch
    {
        BoundLogical logical => $"{Operand(logical.Left, logical.Operator)} {(logical.Operator == LogicalOperator.And ? "and" : "or")} {Operand(logical.Right, logical.Operator)}",
        BoundNot not => $"not ({Describe(not.Operand)})",
        BoundTruth truth => $"{Value(truth.Operand)} is true",
        BoundComparison comparison => $"{Value(comparison.Left)} {Comparison(comparison.Operator)} {Value(comparison.Right)}",
        BoundIn @in => $"{Value(@in.Operand)} {(@in.IsNegated ? "is none of" : "is one of")} {string.Join(", ", @in.Items.Select(Value))}",
        BoundBetween between => $"{Value(between.Operand)} is between {Value(between.Low)} and {Value(between.High)}",
        BoundIsKnown known => $"{Value(known.Operand)} is {(known.IsKnown ? "known" : "unknown")}",
        BoundInList inList => $"the record is {(inList.IsNegated ? "not " : string.Empty)}in list `{inList.ListName}`",
        BoundRelativeDate relative => relative.Operator == RelativeDateOperator.WithinLast
            ? $"{Value(relative.Operand)} is within the last {relative.Duration}"
            : $"{Value(relative.Operand)} is more than {relative.Duration} ago",
        _ => Value(expression),
    };

    public static string Value(BoundExpression expression) => expression switch
    {
        BoundPropertyAccess { Association: { } association } access => $"`{association.Name}.{access.Property.Name}`",
        BoundPropertyAccess access => $"`{access.Property.Name}`",
        BoundAttributeAccess attribute => $"`{attribute.Attribute.Name}`",
        BoundEventTimestamp => "the event's `timestamp`",
        BoundDaysSince daysSince => $"the days since {Value(daysSince.Operand)}",
        BoundConstant constant => Constant(constant),
        BoundErrorExpression => "(an error)",
        _ => Describe(expression),
    };

    private static string Operand(BoundExpression operand, LogicalOperator parent) =>
        operand is BoundLogical inner && inner.Operator != parent ? $"({Describe(operand)})" : Describe(operand);

    private static string Comparison(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Equal => "is",
        ComparisonOperator.NotEqual => "is not",
        ComparisonOperator.Less => "is less than",
        ComparisonOperator.LessOrEqual => "is at most",
        ComparisonOperator.Greater => "is more than",
        ComparisonOperator.GreaterOrEqual => "is at least",
        ComparisonOperator.Contains => "contains",
        ComparisonOperator.StartsWith => "starts with",
        _ => "ends with",
    };

    private static string Constant(BoundConstant constant) => constant.Value switch
    {
        double number => Number(number),
        bool flag => flag ? "true" : "false",
        DateTime date => date.TimeOfDay == TimeSpan.Zero
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : date.ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture),
        string text when constant.ConstantType.Kind == DataKind.Enum => text,
        string text => $"\"{text}\"",
        var other => Convert.ToString(other, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Points(double value) => (value >= 0 ? "+" : string.Empty) + Number(value);
}
