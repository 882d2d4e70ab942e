using System.Globalization;
using ScoreLang.Semantics;

namespace ScoreLang.Sql.Generation;

/// <summary>
/// Event rules (S10, S12, S17-S19) as an aggregate over the events a record can see plus the rule's points from it:
/// every occurrence its original points times its own decay factor (SUM), <c>once</c> the decayed points of the most
/// recent occurrence (MAX of the time, then the factor), a count range its points once, never decayed (COUNT).
/// Events after the as-of date are already out of sight (the <c>visible_events</c> step); a window keeps only events
/// on or after the as-of date minus the window.
/// </summary>
internal sealed class EventRuleTranslator
{
    private readonly ScoreQueryContext _context;
    private readonly ExpressionTranslator _expressions;
    private readonly IReadOnlySet<string> _visibleTypes;

    public EventRuleTranslator(ScoreQueryContext context, ExpressionTranslator expressions, IReadOnlySet<string> visibleTypes)
    {
        _context = context;
        _expressions = expressions;
        _visibleTypes = visibleTypes;
    }

    private SqlDialect Dialect => _context.Dialect;

    /// <summary>
    /// The rule's aggregate and points under the column <paramref name="name"/> (<c>g1_r2</c>), with
    /// <paramref name="decay"/> the effective decay (null in fit groups and fit scores, S6) and
    /// <paramref name="comment"/> where <paramref name="rule"/> comes from.
    /// </summary>
    public RuleColumn Translate(BoundEventRule rule, string name, string comment, DecaySpec? decay)
    {
        var points = Dialect.DoubleLiteral(rule.Points);
        var zero = Dialect.DoubleLiteral(0);
        if (!_visibleTypes.Contains(rule.EventType.Name))
        {
            // No event of this type can belong to the scored record or its associated records: nothing ever matches.
            var never = rule.Count is { } range && range.Contains(0) ? points : zero;
            return new RuleColumn(name, comment + " (no such events can be seen by this record type)", null, never);
        }

        var match = Match(rule);
        var eventTime = $"{ScoreQueryContext.EventAlias}.{_context.Layout.Column(SqlTableMapping.TimestampColumn)}";
        if (rule.Count is { } count)
        {
            var alias = name + "_count";
            var occurrences = $"COALESCE({EventRulesColumn(alias)}, 0)";
            var inRange = count.To is null
                ? $"{occurrences} >= {Integer(count.From)}"
                : $"{occurrences} >= {Integer(count.From)} AND {occurrences} <= {Integer(count.To.Value)}";
            return new RuleColumn(
                name, comment, new RuleAggregate(Dialect.Filtered("COUNT(*)", match), alias), $"CASE WHEN {inRange} THEN {points} ELSE {zero} END");
        }

        if (rule.Once)
        {
            var alias = name + "_latest";
            var latest = EventRulesColumn(alias);
            var factor = _context.Decay.Factor(decay, latest, ScoreQueryContext.AsOf);
            var value = factor is null ? points : $"{points} * {factor}";
            return new RuleColumn(
                name, comment, new RuleAggregate(Dialect.Filtered($"MAX({eventTime})", match), alias), $"CASE WHEN {latest} IS NULL THEN {zero} ELSE {value} END");
        }

        // Every matching occurrence adds its points times its own decay factor (S17); only matching events reach the
        // aggregate (FILTER: the others would add 0). The .NET engine adds them in time order. A plain SUM gives the
        // same double when every addition is exact (OrderFreeSum: undecayed points, stepped decay's few values that are
        // short binary fractions); otherwise they are added in time order here too (SqlDialect.OrderedSum).
        var (each, values) = _context.Decay.Points(decay, rule.Points, eventTime, ScoreQueryContext.AsOf);
        var ordered = Dialect.HasOrderedAggregates && !(values is not null && OrderFreeSum.Holds(values));
        var sum = ordered ? Dialect.OrderedSum(each, eventTime) : $"SUM({each})";
        var total = $"COALESCE({(ordered ? OrderedEventRulesColumn(name) : EventRulesColumn(name))}, {zero})";

        // The .NET sum starts at +0, so it is never -0; an engine's SUM of -0 values alone (negative points decayed to
        // 0) can be -0, which adding +0 turns into +0 and leaves every other value as it is.
        return new RuleColumn(
            name, comment, new RuleAggregate(Dialect.Filtered(sum, match), name, ordered, match), rule.Points < 0 ? $"{total} + {zero}" : total);
    }

    /// <summary>The event is of the rule's type, inside its window and passes its <c>where</c>.</summary>
    private string Match(BoundEventRule rule)
    {
        var layout = _context.Layout;
        var e = ScoreQueryContext.EventAlias;
        var conditions = new List<string> { $"{e}.{layout.Column(SqlTableMapping.TypeColumn)} = {Dialect.StringLiteral(rule.EventType.Name)}" };
        if (rule.Within is { } window)
        {
            conditions.Add($"{e}.{layout.Column(SqlTableMapping.TimestampColumn)} >= {_context.Calendar.Shift(ScoreQueryContext.AsOf, window, -1)}");
        }

        if (rule.Where is { } where)
        {
            conditions.Add(_expressions.Condition(where, inEvent: true));
        }

        return string.Join(" AND ", conditions);
    }

    private static string EventRulesColumn(string alias) => $"{ScoreQueryBuilder.EventRulesAlias}.{alias}";

    private static string OrderedEventRulesColumn(string alias) => $"{ScoreQueryBuilder.OrderedEventRulesAlias}.{alias}";

    private static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);
}
