using ScoreLang.Semantics;
using ScoreLang.Syntax;

namespace ScoreLang.Sql.Generation;

/// <summary>
/// Bound conditions and operands as SQL. A condition always comes out as a definite TRUE or FALSE, never NULL: each
/// comparison, <c>in</c>, <c>between</c>, text or date test is wrapped in <c>COALESCE(..., FALSE)</c>, so that a test
/// on an unknown value is false and <c>not</c> is plain negation, exactly as in the reference evaluator (docs/language.md,
/// "Unknown values"); SQL's three-valued logic never shows through. Text comparisons upper-case both sides.
/// </summary>
internal sealed class ExpressionTranslator
{
    private readonly ScoreQueryContext _context;
    private readonly HashSet<string> _listsBeingTranslated = new(StringComparer.Ordinal);

    public ExpressionTranslator(ScoreQueryContext context)
    {
        _context = context;
    }

    private SqlDialect Dialect => _context.Dialect;

    /// <summary>A condition, TRUE or FALSE; <paramref name="inEvent"/> when an event rule's <c>where</c> reads the event.</summary>
    public string Condition(BoundExpression expression, bool inEvent = false) => expression switch
    {
        BoundLogical logical => $"({Condition(logical.Left, inEvent)} {(logical.Operator == LogicalOperator.And ? "AND" : "OR")} {Condition(logical.Right, inEvent)})",
        BoundNot not => $"NOT ({Condition(not.Operand, inEvent)})",
        BoundTruth truth => Condition(truth.Operand, inEvent),
        BoundComparison comparison => Definite(new ComparisonTranslator(Dialect).Compare(
            comparison.Left.Type.Kind, Value(comparison.Left, inEvent), comparison.Operator, comparison.Right.Type.Kind, Value(comparison.Right, inEvent))),
        BoundIn @in => In(@in, inEvent),
        BoundBetween between => Between(between, inEvent),
        BoundIsKnown known => $"({Value(known.Operand, inEvent)} IS {(known.IsKnown ? "NOT NULL" : "NULL")})",
        BoundInList inList => inList.IsNegated ? $"NOT {InList(inList.ListName)}" : InList(inList.ListName),
        BoundRelativeDate relative => RelativeDate(relative, inEvent),
        // A bool-typed value used as a condition holds only when it is known and true.
        _ when expression.Type.Kind == DataKind.Bool => Definite(Value(expression, inEvent)),
        _ => "FALSE",
    };

    /// <summary>An operand's value, NULL when unknown. Dates are widened to timestamps so they compare with datetimes.</summary>
    public string Value(BoundExpression expression, bool inEvent = false) => expression switch
    {
        BoundPropertyAccess access => Temporal(access.Property.Type, PropertyColumn(access)),
        BoundAttributeAccess attribute => inEvent
            ? Temporal(attribute.Attribute.Type, $"{ScoreQueryContext.EventAlias}.{_context.Layout.Column(attribute.Attribute.Name)}")
            : "NULL",
        BoundEventTimestamp => inEvent ? $"{ScoreQueryContext.EventAlias}.{_context.Layout.Column(SqlTableMapping.TimestampColumn)}" : "NULL",
        BoundConstant constant => new ConstantTranslator(Dialect).Literal(constant),
        BoundDaysSince daysSince => _context.Calendar.WholeDays(Value(daysSince.Operand, inEvent), ScoreQueryContext.AsOf),
        BoundErrorExpression => "NULL",
        _ => Condition(expression, inEvent),
    };

    private string PropertyColumn(BoundPropertyAccess access)
    {
        var column = _context.Layout.Column(access.Property.Name);
        return access.Association is null
            ? $"{ScoreQueryContext.RecordAlias}.{column}"
            : $"{_context.AssociationAlias(access.Association)}.{column}";
    }

    private string Temporal(Semantics.ValueType type, string column) =>
        type.Kind == DataKind.Date ? Dialect.CastToTimestamp(column) : column;

    private string In(BoundIn @in, bool inEvent)
    {
        var operand = Value(@in.Operand, inEvent);
        var kind = @in.Operand.Type.Kind;
        var items = @in.Items
            .Where(item => ComparisonTranslator.AreComparable(kind, item.ConstantType.Kind))
            .Select(item => new ConstantTranslator(Dialect).Literal(item))
            .Select(literal => ComparisonTranslator.IsText(kind) ? Dialect.Upper(literal) : literal)
            .ToList();
        if (items.Count == 0)
        {
            // Nothing can be equal: `in []` is false, `not in []` holds for every known value.
            return @in.IsNegated ? $"({operand} IS NOT NULL)" : "FALSE";
        }

        var test = $"{(ComparisonTranslator.IsText(kind) ? Dialect.Upper(operand) : operand)} IN ({string.Join(", ", items)})";
        return Definite(@in.IsNegated ? $"NOT ({test})" : test);
    }

    private string Between(BoundBetween between, bool inEvent)
    {
        var comparer = new ComparisonTranslator(Dialect);
        var kind = between.Operand.Type.Kind;
        var operand = Value(between.Operand, inEvent);
        var low = comparer.Compare(kind, operand, ComparisonOperator.GreaterOrEqual, between.Low.Type.Kind, Value(between.Low, inEvent));
        var high = comparer.Compare(kind, operand, ComparisonOperator.LessOrEqual, between.High.Type.Kind, Value(between.High, inEvent));
        return Definite($"{low} AND {high}");
    }

    private string RelativeDate(BoundRelativeDate relative, bool inEvent)
    {
        if (!relative.Operand.Type.IsTemporal)
        {
            return "FALSE";
        }

        var date = Value(relative.Operand, inEvent);
        var boundary = _context.Calendar.Shift(ScoreQueryContext.AsOf, relative.Duration, -1);
        return relative.Operator == RelativeDateOperator.WithinLast
            ? Definite($"{boundary} <= {date} AND {date} <= {ScoreQueryContext.AsOf}")
            : Definite($"{date} < {boundary}");
    }

    /// <summary>
    /// Membership (S4): a conditional list is its condition on the record, a static list (or one the schema does not
    /// know) is the input memberships. A list defined through itself has no members, as in the evaluator.
    /// </summary>
    private string InList(string listName)
    {
        if (!_context.Schema.Lists.TryGetValue(listName, out var list) || list.Condition is null)
        {
            return $"(COALESCE({_context.MembershipColumn(listName)}, 0) = 1)";
        }

        if (!_listsBeingTranslated.Add(listName))
        {
            return "FALSE";
        }

        try
        {
            return $"({Condition(list.Condition)})";
        }
        finally
        {
            _listsBeingTranslated.Remove(listName);
        }
    }

    private static string Definite(string condition) => $"COALESCE({condition}, FALSE)";
}
