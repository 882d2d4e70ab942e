using System.Collections.Immutable;
using System.Globalization;
using ScoreLang.Runtime.Output;
using ScoreLang.Semantics;

namespace ScoreLang.Learning;

/// <summary>
/// Measures a score against an observed outcome (<c>scorelang evaluate</c>): the consultant's advice in the seeds to
/// measure every score regularly, made a command. Works on any score's output columns, hand-written or learned.
/// </summary>
public static class OutcomeEvaluator
{
    /// <summary>Bands with fewer records than this are not compared for order: their rates are too noisy.</summary>
    public const int MinimumBandSize = 30;

    public static OutcomeReport Evaluate(ScoreColumns columns, Outcome outcome)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.Count != columns.Count)
        {
            throw new ArgumentException("The outcome must have one value per record of the score.", nameof(outcome));
        }

        var values = new List<double>();
        var positive = new List<bool>();
        var tiers = new List<int>();
        long unknown = 0, unscored = 0, unscoredConverted = 0;
        for (var row = 0; row < columns.Count; row++)
        {
            if (!outcome.Known[row])
            {
                unknown++;
            }
            else if (!columns.IsScored(row))
            {
                unscored++;
                unscoredConverted += outcome.Values[row] ? 1 : 0;
            }
            else
            {
                values.Add(columns.Values[row]);
                positive.Add(outcome.Values[row]);
                tiers.Add(columns.Tiers[row]);
            }
        }

        var converted = positive.LongCount(p => p);
        var overall = values.Count == 0 ? 0 : (double)converted / values.Count;
        var bands = Bands(columns, values, positive, tiers, overall);
        var warnings = ImmutableArray.CreateBuilder<string>();
        warnings.AddRange(OrderWarnings(columns.Score, bands));
        if (values.Count < 100 || converted < 10 || values.Count - converted < 10)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"Only {values.Count} records with {converted} conversions: the figures are indicative at best."));
        }

        return new OutcomeReport(
            columns.Name,
            outcome.Name,
            columns.Count,
            values.Count,
            converted,
            unknown,
            RankAuc.Compute([.. values], [.. positive]),
            bands,
            Quartiles(values, positive, overall),
            unscored == 0 ? null : new OutcomeGroup("(unscored)", unscored, unscoredConverted, double.NaN, double.NaN, overall),
            warnings.ToImmutable())
        {
            Notes = outcome.Notes,
        };
    }

    /// <summary>One group per tier, highest band first for a single set of thresholds, then "(no tier)" if any.</summary>
    private static ImmutableArray<OutcomeGroup> Bands(ScoreColumns columns, List<double> values, List<bool> positive, List<int> tiers, double overall)
    {
        var labels = columns.TierLabels;
        var order = BandOrder(columns.Score, labels);
        var groups = ImmutableArray.CreateBuilder<OutcomeGroup>();
        foreach (var tier in order.Append(-1))
        {
            long records = 0, converted = 0;
            double from = double.PositiveInfinity, to = double.NegativeInfinity;
            for (var i = 0; i < values.Count; i++)
            {
                if (tiers[i] != tier)
                {
                    continue;
                }

                records++;
                converted += positive[i] ? 1 : 0;
                (from, to) = (Math.Min(from, values[i]), Math.Max(to, values[i]));
            }

            if (records > 0 || tier >= 0)
            {
                groups.Add(new OutcomeGroup(tier >= 0 ? labels[tier] : "(no tier)", records, converted, records == 0 ? double.NaN : from, records == 0 ? double.NaN : to, overall));
            }
        }

        return groups.ToImmutable();
    }

    /// <summary>Tier indexes from the highest band down (by lower bound) for one threshold set; declaration order otherwise.</summary>
    private static IEnumerable<int> BandOrder(ScoreSymbol score, ImmutableArray<string> labels)
    {
        var set = score.Thresholds.Length == 1 ? score.Thresholds[0] : null;
        if (set is null)
        {
            return Enumerable.Range(0, labels.Length);
        }

        return set.Bands.OrderByDescending(b => b.From).Select(b => labels.IndexOf(b.Label)).Where(i => i >= 0);
    }

    /// <summary>A higher band that converts less than the band below it (both big enough to tell) deserves a look.</summary>
    private static IEnumerable<string> OrderWarnings(ScoreSymbol score, ImmutableArray<OutcomeGroup> bands)
    {
        if (score.Thresholds.Length != 1)
        {
            yield break;
        }

        var ranked = bands.Where(b => b.Label != "(no tier)").ToList();
        for (var i = 0; i + 1 < ranked.Count; i++)
        {
            var (higher, lower) = (ranked[i], ranked[i + 1]);
            if (higher.Records >= MinimumBandSize && lower.Records >= MinimumBandSize && higher.Rate < lower.Rate)
            {
                yield return string.Create(
                    CultureInfo.InvariantCulture,
                    $"Bands out of order: '{higher.Label}' converts less ({higher.Rate:P1} of {higher.Records}) than '{lower.Label}' below it ({lower.Rate:P1} of {lower.Records}). Revisit the thresholds or the rules that put records in '{higher.Label}'.");
            }
        }
    }

    /// <summary>
    /// Four groups of about equal size by score, the top quarter first. Equal scores are never split across two
    /// quartiles (that would make the split depend on record order), so a quartile may be larger, or empty and left out.
    /// </summary>
    private static ImmutableArray<OutcomeGroup> Quartiles(List<double> values, List<bool> positive, double overall)
    {
        if (values.Count < 4)
        {
            return [];
        }

        var order = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).ToArray();
        var groups = new List<OutcomeGroup>();
        var start = 0;
        for (var q = 0; q < 4; q++)
        {
            var end = Math.Max(start, (q + 1) * order.Length / 4);
            while (end > 0 && end < order.Length && values[order[end]] == values[order[end - 1]])
            {
                end++;
            }

            if (end > start)
            {
                var slice = order[start..end];
                groups.Add(new OutcomeGroup($"Q{q + 1}", slice.Length, slice.LongCount(i => positive[i]), values[slice[0]], values[slice[^1]], overall));
            }

            start = end;
        }

        groups.Reverse();
        return [.. groups];
    }
}
