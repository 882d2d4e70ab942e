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
                name, comment, new RuleAggregate($"COUNT(CASE WHEN {match} THEN 1 END)", alias), $"CASE WHEN {inRange} THEN {points} ELSE {zero} END");
        }

        if (rule.Once)
        {
            var alias = name + "_latest";
            var latest = EventRulesColumn(alias);
            var factor = _context.Decay.Factor(decay, latest, ScoreQueryContext.AsOf);
            var value = factor is null ? points : $"{points} * {factor}";
            return new RuleColumn(
                name, comment, new RuleAggregate($"MAX(CASE WHEN {match} THEN {eventTime} END)", alias), $"CASE WHEN {latest} IS NULL THEN {zero} ELSE {value} END");
        }

        // Decayed points differ per occurrence, so they are added in time order as the .NET scorer adds them (see
        // SqlDialect.OrderedSum); undecayed points are all equal, and any order gives the same sum.
        var decayFactor = _context.Decay.Factor(decay, eventTime, ScoreQueryContext.AsOf);
        var each = $"CASE WHEN {match} THEN {(decayFactor is null ? points : $"{points} * {decayFactor}")} ELSE {zero} END";
        return new RuleColumn(
            name, comment, new RuleAggregate(decayFactor is null ? $"SUM({each})" : Dialect.OrderedSum(each, eventTime), name), $"COALESCE({EventRulesColumn(name)}, {zero})");
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

    private static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);
}
