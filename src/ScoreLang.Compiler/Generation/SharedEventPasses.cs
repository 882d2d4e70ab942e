using ScoreLang.Syntax;
using ScoreLang.Semantics;

namespace ScoreLang.Compiler.Generation;

/// <summary>
/// Plans and writes one pass over a record's own events per event type that two or more rules of a score read
/// (issue 5: the hand-written loop reads page views once, not once per rule). Each rule's contribution is still its own
/// local, added by its group in declaration order, so the arithmetic (and every result) is that of one loop per rule.
/// A type read by a single rule, and rules over another record type's events (S2), keep their own loop.
/// </summary>
internal static class SharedEventPasses
{
    /// <summary>Writes the shared passes and returns, per rule they serve (by reference), the local with its contribution.</summary>
    public static IReadOnlyDictionary<BoundEventRule, string> Write(CodeWriter body, ScoreSymbol score, EventRuleGenerator events, MethodLocals locals)
    {
        var byType = new Dictionary<string, List<(BoundEventRule Rule, DecaySpec? Decay)>>(StringComparer.Ordinal);
        var typeOrder = new List<EventTypeSymbol>();
        foreach (var group in score.Groups)
        {
            foreach (var rule in group.Rules.OfType<BoundEventRule>().Where(events.ReadsOwnEvents))
            {
                if (!byType.TryGetValue(rule.EventType.Name, out var rules))
                {
                    rules = [];
                    byType.Add(rule.EventType.Name, rules);
                    typeOrder.Add(rule.EventType);
                }

                rules.Add((rule, ScoreGenerator.MayDecay(score, group) ? rule.Decay : null));
            }
        }

        var contributions = new Dictionary<BoundEventRule, string>(ReferenceEqualityComparer.Instance);
        foreach (var eventType in typeOrder)
        {
            var rules = WithoutEarlyExits(byType[eventType.Name]);
            if (rules.Count < 2)
            {
                continue;
            }

            var shared = rules.Select(r => new SharedEventRule(r.Rule, r.Decay, locals.NewName("rule"))).ToList();
            body.Line();
            body.Line($"// One pass over the record's {CSharpText.Comment(eventType.Name)} events for the {shared.Count} rules that read them.");
            events.WriteShared(body, eventType, shared);
            foreach (var rule in shared)
            {
                contributions.Add(rule.Rule, rule.Contribution);
            }
        }

        return contributions;
    }

    /// <summary>
    /// The rules that share the pass. When every other rule of the type has a stepped decay, the pass could start at
    /// their horizon (S18) but for a <c>once … no decay</c> rule, which needs every occurrence up to the first match:
    /// such a rule then keeps a loop of its own that stops at that match, and the others skip their old events.
    /// </summary>
    private static List<(BoundEventRule Rule, DecaySpec? Decay)> WithoutEarlyExits(List<(BoundEventRule Rule, DecaySpec? Decay)> rules)
    {
        static bool FirstOccurrenceDecides((BoundEventRule Rule, DecaySpec? Decay) r) => r.Rule.Once && r.Decay is null && r.Rule.Count is null;
        static bool HasHorizon((BoundEventRule Rule, DecaySpec? Decay) r) => r.Decay is { Form: DecayForm.Stepped } && r.Rule.Count is null;

        var others = rules.Where(r => !FirstOccurrenceDecides(r)).ToList();
        return others.Count < rules.Count && others.Count > 0 && others.All(HasHorizon) ? others : rules;
    }
}
