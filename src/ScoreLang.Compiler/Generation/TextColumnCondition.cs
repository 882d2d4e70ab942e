using ScoreLang.Semantics;

namespace ScoreLang.Compiler.Generation;

/// <summary>
/// Which conditions can be decided once per distinct value of a text column instead of once per row: those built only
/// from comparisons, <c>in</c>, <c>between</c>, known tests and logic over constants and property or attribute reads,
/// with at least one comparison (a bare known test is cheaper than a table lookup). Whether the reads are all of one
/// text column is decided by the generator, which resolves them (<see cref="ExpressionGenerator"/>).
/// </summary>
internal static class TextColumnCondition
{
    public static bool IsCandidate(BoundExpression expression) => IsPure(expression) && HasComparison(expression);

    /// <summary>The property and attribute reads of a candidate condition.</summary>
    public static IEnumerable<BoundExpression> Columns(BoundExpression expression) => expression switch
    {
        BoundPropertyAccess or BoundAttributeAccess => [expression],
        BoundLogical logical => Columns(logical.Left).Concat(Columns(logical.Right)),
        BoundNot not => Columns(not.Operand),
        BoundTruth truth => Columns(truth.Operand),
        BoundComparison comparison => Columns(comparison.Left).Concat(Columns(comparison.Right)),
        BoundIn @in => Columns(@in.Operand),
        BoundBetween between => Columns(between.Operand).Concat(Columns(between.Low)).Concat(Columns(between.High)),
        BoundIsKnown known => Columns(known.Operand),
        _ => [],
    };

    /// <summary>Whether a condition depends only on the values it reads and constants (not on lists, dates or events).</summary>
    public static bool IsPure(BoundExpression expression) => expression switch
    {
        BoundConstant or BoundPropertyAccess or BoundAttributeAccess => true,
        BoundLogical logical => IsPure(logical.Left) && IsPure(logical.Right),
        BoundNot not => IsPure(not.Operand),
        BoundTruth truth => IsPure(truth.Operand),
        BoundComparison comparison => IsPure(comparison.Left) && IsPure(comparison.Right),
        BoundIn @in => IsPure(@in.Operand),
        BoundBetween between => IsPure(between.Operand) && IsPure(between.Low) && IsPure(between.High),
        BoundIsKnown known => IsPure(known.Operand),

        // Lists, relative dates, days since and the event timestamp depend on more than one value or on the date.
        _ => false,
    };

    private static bool HasComparison(BoundExpression expression) => expression switch
    {
        BoundComparison or BoundIn or BoundBetween => true,
        BoundLogical logical => HasComparison(logical.Left) || HasComparison(logical.Right),
        BoundNot not => HasComparison(not.Operand),
        _ => false,
    };
}
