using ScoreLang.Semantics;
using ScoreLang.Syntax;

namespace ScoreLang.Evaluation;

/// <summary>
/// Evaluates bound conditions and operands over one record (and, inside an event rule's <c>where</c>, one event) at
/// an evaluation date, by walking the tree. Values are plain CLR objects; null is unknown. The rules for unknown values
/// (any comparison, <c>in</c>, <c>between</c>, text or date test on unknown is false; <c>not</c> is plain negation)
/// are those of <see cref="BoundExpression"/> and docs/language.md.
/// </summary>
internal sealed class ExpressionEvaluator
{
    private readonly SchemaModel _schema;
    private readonly DateTime _asOf;
    private readonly HashSet<string> _listsBeingEvaluated = new(StringComparer.Ordinal);

    public ExpressionEvaluator(SchemaModel schema, DateTime asOf)
    {
        _schema = schema;
        _asOf = asOf;
    }

    /// <summary>Whether a condition holds; an unknown or non-boolean result is false.</summary>
    public bool IsTrue(BoundExpression condition, RecordData record, EventData? currentEvent = null) =>
        Evaluate(condition, record, currentEvent) is true;

    /// <summary>
    /// Whether the record belongs to a list (S4): a conditional list by its condition on the record, a static list
    /// (or one the schema does not know) by the memberships given as input.
    /// </summary>
    public bool IsMember(string listName, RecordData record)
    {
        if (!_schema.Lists.TryGetValue(listName, out var list) || list.Condition is null)
        {
            return record.Lists.Contains(listName);
        }

        // A list defined through itself (the binder reports it) must not recurse forever: it has no members.
        if (!_listsBeingEvaluated.Add(listName))
        {
            return false;
        }

        try
        {
            return IsTrue(list.Condition, record);
        }
        finally
        {
            _listsBeingEvaluated.Remove(listName);
        }
    }

    public object? Evaluate(BoundExpression expression, RecordData record, EventData? currentEvent) => expression switch
    {
        BoundLogical logical => logical.Operator == LogicalOperator.And
            ? IsTrue(logical.Left, record, currentEvent) && IsTrue(logical.Right, record, currentEvent)
            : IsTrue(logical.Left, record, currentEvent) || IsTrue(logical.Right, record, currentEvent),
        BoundNot not => !IsTrue(not.Operand, record, currentEvent),
        BoundTruth truth => Evaluate(truth.Operand, record, currentEvent) is true,
        BoundComparison comparison => ValueComparer.Compare(
            Evaluate(comparison.Left, record, currentEvent), comparison.Operator, Evaluate(comparison.Right, record, currentEvent)),
        BoundIn @in => EvaluateIn(@in, Evaluate(@in.Operand, record, currentEvent)),
        BoundBetween between => EvaluateBetween(
            Evaluate(between.Operand, record, currentEvent),
            Evaluate(between.Low, record, currentEvent),
            Evaluate(between.High, record, currentEvent)),
        BoundIsKnown known => (Evaluate(known.Operand, record, currentEvent) is not null) == known.IsKnown,
        BoundInList inList => IsMember(inList.ListName, record) != inList.IsNegated,
        BoundRelativeDate relative => EvaluateRelativeDate(relative, Evaluate(relative.Operand, record, currentEvent)),
        BoundDaysSince daysSince => ValueComparer.AsDate(Evaluate(daysSince.Operand, record, currentEvent)) is { } date
            ? DecayCalculator.WholeDays(date, _asOf)
            : null,
        BoundPropertyAccess access => ReadProperty(access, record),
        BoundAttributeAccess attribute => currentEvent is not null
            && currentEvent.Attributes.TryGetValue(attribute.Attribute.Name, out var value) ? ValueComparer.Normalize(value) : null,
        BoundEventTimestamp => currentEvent?.Timestamp,
        BoundConstant constant => ValueComparer.Normalize(constant.Value),
        _ => null, // BoundErrorExpression and anything unforeseen: unknown.
    };

    private static object? ReadProperty(BoundPropertyAccess access, RecordData record)
    {
        if (access.Association is null)
        {
            return ValueComparer.Normalize(record.GetProperty(access.Property.Name));
        }

        // contact.company.industry (S3): no associated record means the value is unknown.
        return record.Associated.TryGetValue(access.Association.Name, out var associated)
            ? ValueComparer.Normalize(associated.GetProperty(access.Property.Name))
            : null;
    }

    private static bool EvaluateIn(BoundIn @in, object? value)
    {
        if (value is null)
        {
            return false; // `x not in [...]` on an unknown x is false too.
        }

        var found = @in.Items.Any(item => ValueComparer.Compare(value, ComparisonOperator.Equal, ValueComparer.Normalize(item.Value)));
        return found != @in.IsNegated;
    }

    private static bool EvaluateBetween(object? value, object? low, object? high) =>
        ValueComparer.Compare(value, ComparisonOperator.GreaterOrEqual, low)
        && ValueComparer.Compare(value, ComparisonOperator.LessOrEqual, high);

    private bool EvaluateRelativeDate(BoundRelativeDate relative, object? value)
    {
        if (ValueComparer.AsDate(value) is not { } date)
        {
            return false;
        }

        // asOf - duration; before the calendar's start every date is within it and none is earlier.
        var boundary = DecayCalculator.TryAdd(relative.Duration, _asOf, -1);
        return relative.Operator == RelativeDateOperator.WithinLast
            ? (boundary is null || boundary.Value <= date) && date <= _asOf
            : boundary is not null && date < boundary.Value;
    }
}
