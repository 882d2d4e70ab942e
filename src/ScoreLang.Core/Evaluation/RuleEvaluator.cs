using ScoreLang.Semantics;

namespace ScoreLang.Evaluation;

/// <summary>
/// One rule's contribution for one record (S10-S12, S17-S19), with the figures the explanation shows (S28).
/// </summary>
internal sealed class RuleEvaluator
{
    private readonly ExpressionEvaluator _expressions;
    private readonly DateTime _asOf;

    public RuleEvaluator(ExpressionEvaluator expressions, DateTime asOf)
    {
        _expressions = expressions;
        _asOf = asOf;
    }

    /// <summary>
    /// <paramref name="events"/> are every event the record's score can see (for a company, its own and its
    /// contacts', S2). <paramref name="mayDecay"/> is false in fit groups, which never decay (S6).
    /// </summary>
    public RuleResult Evaluate(BoundRule rule, RecordData record, IReadOnlyList<EventData> events, bool mayDecay) => rule switch
    {
        BoundEventRule eventRule => EvaluateEventRule(eventRule, record, events, mayDecay ? eventRule.Decay : null),
        BoundPropertyRule propertyRule => _expressions.IsTrue(propertyRule.Condition, record)
            ? new RuleResult(rule, true, 1, rule.Points, rule.Points)
            : new RuleResult(rule, false, 0, 0, 0),
        _ => new RuleResult(rule, false, 0, 0, 0),
    };

    private RuleResult EvaluateEventRule(BoundEventRule rule, RecordData record, IReadOnlyList<EventData> events, DecaySpec? decay)
    {
        var matching = MatchingEvents(rule, record, events);
        if (rule.Count is not null)
        {
            // Non-cumulative ranges (S12): the points once, never decayed, when the count is in the range.
            var inRange = rule.Count.Contains(matching.Count);
            return new RuleResult(rule, inRange, matching.Count, inRange ? rule.Points : 0, inRange ? rule.Points : 0);
        }

        if (matching.Count == 0)
        {
            return new RuleResult(rule, false, 0, 0, 0);
        }

        if (rule.Once)
        {
            // "Has ever" (S10): the most recent occurrence, which is also the least decayed.
            var latest = matching[^1];
            return new RuleResult(rule, true, 1, rule.Points, rule.Points * DecayCalculator.Factor(decay, latest.Timestamp, _asOf));
        }

        // Every occurrence counts, each decayed by its own age from the original points (S17).
        var decayed = 0.0;
        foreach (var occurrence in matching)
        {
            decayed += rule.Points * DecayCalculator.Factor(decay, occurrence.Timestamp, _asOf);
        }

        return new RuleResult(rule, true, matching.Count, rule.Points * matching.Count, decayed);
    }

    /// <summary>
    /// The rule's events up to the evaluation date (later ones never count, S19), inside its window, whose attributes
    /// pass its <c>where</c>; oldest first, so that the sum is the same whatever order the data came in.
    /// </summary>
    private List<EventData> MatchingEvents(BoundEventRule rule, RecordData record, IReadOnlyList<EventData> events)
    {
        // asOf - window; a window reaching before the calendar's start excludes nothing.
        var windowStart = rule.Within is null ? null : DecayCalculator.TryAdd(rule.Within, _asOf, -1);
        var matching = new List<EventData>();
        foreach (var candidate in events)
        {
            if (string.Equals(candidate.Type, rule.EventType.Name, StringComparison.Ordinal)
                && candidate.Timestamp <= _asOf
                && (windowStart is null || candidate.Timestamp >= windowStart.Value)
                && (rule.Where is null || _expressions.IsTrue(rule.Where, record, candidate)))
            {
                matching.Add(candidate);
            }
        }

        matching.Sort((a, b) => a.Timestamp.CompareTo(b.Timestamp));
        return matching;
    }
}
