using ScoreLang.Evaluation;
using ScoreLang.Runtime;
using ScoreLang.Semantics;
using ScoreLang.Syntax;

namespace ScoreLang.Learning;

/// <summary>
/// Learned decay (S17-S19): for each event type, per-occurrence rules with a stepped decay, offered beside the 30 and
/// 90-day windows of <see cref="EventFeatureBuilder"/>. A record's amount is the sum over its events up to its moment of
/// the decay factor (<see cref="DecayCalculator.Factor"/>, the runtime's own arithmetic), and the rule gives points per
/// unit of it. Only stepped decays of 50 % or 25 % are offered: their factors are multiples of 1/2 or 1/4, so with
/// points a multiple of 2 or 4 every total is a whole number, exactly as the file computes it, and its in-file tests
/// can state it. <see cref="ScorecardLearner"/> keeps one when it raises the cross-validated AUC on the training folds.
/// </summary>
internal static class EventDecays
{
    private static readonly (string Text, DecaySpec Spec, int Step)[] Options =
    [
        ("decay 50% every 1 week", new DecaySpec(DecayForm.Stepped, 50, new Duration(1, DurationUnit.Week)), 2),
        ("decay 50% every 1 month", new DecaySpec(DecayForm.Stepped, 50, new Duration(1, DurationUnit.Month)), 2),
        ("decay 25% every 1 month", new DecaySpec(DecayForm.Stepped, 25, new Duration(1, DurationUnit.Month)), 4),
        ("decay 50% every 3 months", new DecaySpec(DecayForm.Stepped, 50, new Duration(3, DurationUnit.Month)), 2),
    ];

    /// <summary>Per event type (in name order), its decayed candidates, each a candidate of one bin.</summary>
    public static IReadOnlyList<(string EventType, IReadOnlyList<IReadOnlyList<CandidateRule>> Options)> Build(
        ScoringData data, string recordType, long[] moments, IReadOnlySet<string> leftOut, int minimumSupport)
    {
        var result = new List<(string, IReadOnlyList<IReadOnlyList<CandidateRule>>)>();
        foreach (var table in data.Events.Values.Where(t => t.RecordTypeName == recordType && !leftOut.Contains(t.Name)).OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            var options = new List<IReadOnlyList<CandidateRule>>();
            foreach (var (text, spec, step) in Options)
            {
                var amounts = Amounts(table, moments, spec);
                var support = amounts.Count(a => a > 0);
                if (support >= minimumSupport && amounts.Length - support >= minimumSupport)
                {
                    var positive = amounts.Where(a => a > 0).Order().ToArray();
                    options.Add([new CandidateRule(table.Name, $"event {table.Name}", [.. amounts.Select(a => a > 0)])
                    {
                        IsEvent = true,
                        Amounts = amounts,
                        Decay = text,
                        Step = step,
                        // The scale leaves room for nearly every record's amount; the score limit caps the rest (S14).
                        TopAmount = positive[(int)(positive.Length * 0.99)],
                    }]);
                }
            }

            if (options.Count > 0)
            {
                result.Add((table.Name, options));
            }
        }

        return result;
    }

    /// <summary>Per row, the sum of the decay factors of its events up to its moment (later events never count, S19).</summary>
    private static double[] Amounts(EventTable table, long[] moments, DecaySpec spec)
    {
        var amounts = new double[moments.Length];
        for (var row = 0; row < moments.Length; row++)
        {
            var moment = new DateTime(moments[row], DateTimeKind.Utc);
            for (var e = table.Offsets[row]; e < table.Offsets[row + 1]; e++)
            {
                if (table.Ticks[e] <= moments[row])
                {
                    amounts[row] += DecayCalculator.Factor(spec, new DateTime(table.Ticks[e], DateTimeKind.Utc), moment);
                }
            }
        }

        return amounts;
    }
}
