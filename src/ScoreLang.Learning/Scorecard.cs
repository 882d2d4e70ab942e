using System.Collections.Immutable;
using System.Globalization;

namespace ScoreLang.Learning;

/// <summary>
/// Regression weights to integer points: within each property the weights are shifted so that its weakest bin gets 0
/// (bins are exhaustive, so ranking is unchanged); an event candidate is shifted so that its reference ("no such
/// event") gets 0 instead, so an event that lowers the chance to convert gets negative points (S9). Then all are scaled
/// so that the best record reaches the limit, and rounded. A record's total is then exactly what the score file
/// computes: one group per property (never negative), and one group for every event rule, floored at 0 (S16).
/// </summary>
internal static class Scorecard
{
    public static int[] Points(Design design, double[] weights, int limit)
    {
        var shifted = new double[design.Bins.Count];
        var best = 0.0;
        foreach (var bins in design.BinsOfProperty)
        {
            var reference = Array.FindIndex(bins, j => design.Bins[j].IsReference);
            var baseline = reference >= 0 ? weights[bins[reference]] : bins.Min(j => weights[j]);
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
                points[j] = (int)Math.Round(shifted[j] * scale, MidpointRounding.AwayFromZero);
            }

            if (design.BinsOfProperty.Sum(bins => Math.Max(0, bins.Max(j => points[j]))) <= limit)
            {
                return points;
            }
        }
    }

    public static int Total(Design design, int[] points, int row)
    {
        int properties = 0, events = 0;
        foreach (var j in design.Active[row])
        {
            if (design.Bins[j].IsEvent)
            {
                events += points[j];
            }
            else
            {
                properties += points[j];
            }
        }

        return properties + Math.Max(0, events);
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
