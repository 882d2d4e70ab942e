using System.Collections.Immutable;
using System.Globalization;

namespace ScoreLang.Learning;

/// <summary>
/// Regression weights to integer points. Each candidate's weights are shifted so that its reference bin gets 0 (bins
/// are exhaustive, so ranking is unchanged): for an event candidate "no such event", for a property its weakest
/// <em>common</em> bin (one that holds for at least a tenth of the records). A rarer bin that converts less than that
/// gets negative points (S9: a competitor, a region the business does not serve, "do not email"), an event that
/// lowers the chance to convert likewise. Then all are scaled so that the best record reaches the limit, and rounded.
/// A record's total is then exactly what the score file computes: every rule in one group, whose sum is floored at 0
/// (S16), so negative points subtract from everything else the record earned. Only records whose rare bins outweigh all
/// their other points tie at 0, and those are the least likely to convert anyway.
/// </summary>
internal static class Scorecard
{
    /// <summary>A bin of a property is common when it holds for at least one record in this many.</summary>
    private const int CommonShare = 10;

    public static int[] Points(Design design, double[] weights, int limit)
    {
        var shifted = new double[design.Bins.Count];
        var best = 0.0;
        foreach (var bins in design.BinsOfProperty)
        {
            if (design.Bins[bins[0]].Amounts is not null)
            {
                // A decayed event rule gives points per unit of its amount, 0 without events: nothing to shift.
                shifted[bins[0]] = weights[bins[0]];
                best += Math.Max(0, weights[bins[0]]) * design.Bins[bins[0]].TopAmount;
                continue;
            }

            var baseline = weights[Reference(design, weights, bins)];
            foreach (var j in bins)
            {
                shifted[j] = weights[j] - baseline;
            }

            best += Math.Max(0, bins.Max(j => shifted[j]));
        }

        var points = new int[shifted.Length];
        for (var scale = best <= 0 ? 0 : limit / best; ; scale *= 0.99)
        {
            for (var j = 0; j < points.Length; j++)
            {
                var step = design.Bins[j].Step;
                points[j] = step * (int)Math.Round(shifted[j] * scale / step, MidpointRounding.AwayFromZero);
            }

            if (design.BinsOfProperty.Sum(bins => Math.Max(0, bins.Max(j => points[j] * design.Bins[j].TopAmount))) <= limit)
            {
                return points;
            }
        }
    }

    /// <summary>The bin of a candidate that gets 0 points (see the summary); -1 for a decayed event rule, which has none.</summary>
    public static int Reference(Design design, double[] weights, int[] bins)
    {
        if (design.Bins[bins[0]].Amounts is not null)
        {
            return -1;
        }

        var reference = Array.FindIndex(bins, j => design.Bins[j].IsReference);
        if (reference >= 0)
        {
            return bins[reference];
        }

        var common = bins.Where(j => design.Bins[j].Support * CommonShare >= design.Active.Length).ToList();
        return common.Count == 0 ? bins.MaxBy(j => design.Bins[j].Support) : common.MinBy(j => weights[j]);
    }

    /// <summary>
    /// The sum of the record's rules, floored at 0 (S16) and capped at the limit (S14): the score file's single group.
    /// A decayed rule gives its points times its amount, a whole number (<see cref="EventDecays"/>), so the double
    /// sum is exact.
    /// </summary>
    public static int Total(Design design, int[] points, int row, int limit)
    {
        var sum = 0.0;
        var (active, amounts) = (design.Active[row], design.Amounts[row]);
        for (var x = 0; x < active.Length; x++)
        {
            sum += points[active[x]] * amounts[x];
        }

        return (int)Math.Clamp(Math.Round(sum), 0, limit);
    }

    /// <summary>Over the rule budget, the properties that spread their records least are left out, one by one.</summary>
    public static int[] WithinBudget(Design design, int[] points, int budget, ImmutableArray<string>.Builder warnings)
    {
        var result = (int[])points.Clone();
        var dropped = new List<string>();
        while (result.Count(p => p != 0) > budget)
        {
            var weakest = design.BinsOfProperty.Where(bins => bins.Any(j => result[j] != 0))
                .MinBy(bins => bins.Max(j => result[j]) - bins.Min(j => result[j]))!;
            foreach (var j in weakest)
            {
                result[j] = 0;
            }

            dropped.Add(design.Bins[weakest[0]].Property);
        }

        if (dropped.Count > 0)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"Left out to stay within {budget} rules (the properties that separate records least): {string.Join(", ", dropped)}."));
        }

        return result;
    }
}
