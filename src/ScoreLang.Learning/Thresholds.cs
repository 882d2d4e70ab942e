using System.Collections.Immutable;
using System.Globalization;

namespace ScoreLang.Learning;

/// <summary>
/// Three bands from the data: "high" for about the top fifth of the records, "medium" for the next three tenths,
/// "low" for the rest; bands cover 0..limit without gaps, and their conversion rates are checked to be in order.
/// </summary>
internal static class Thresholds
{
    public static ImmutableArray<LearnedBand> FromData(int[] totals, bool[] outcome, int limit, ImmutableArray<string>.Builder warnings)
    {
        var sorted = totals.Order().ToArray();
        var high = Math.Clamp(sorted[(int)(sorted.Length * 0.8)], 2, limit);
        var medium = Math.Clamp(sorted[(int)(sorted.Length * 0.5)], 1, high - 1);
        if (medium == high)
        {
            medium = high - 1;
        }

        var bands = ImmutableArray.Create(
            Band("high", high, limit, totals, outcome),
            Band("medium", medium, high - 1, totals, outcome),
            Band("low", 0, medium - 1, totals, outcome));
        for (var i = 0; i + 1 < bands.Length; i++)
        {
            if (bands[i].Records > 0 && bands[i + 1].Records > 0 && bands[i].Rate < bands[i + 1].Rate)
            {
                warnings.Add(string.Create(CultureInfo.InvariantCulture, $"Band '{bands[i].Label}' converts less than '{bands[i + 1].Label}' on the data: adjust the thresholds by hand."));
            }
        }

        return bands;
    }

    private static LearnedBand Band(string label, int from, int to, int[] totals, bool[] outcome)
    {
        long records = 0, converted = 0;
        for (var i = 0; i < totals.Length; i++)
        {
            if (totals[i] >= from && totals[i] <= to)
            {
                records++;
                converted += outcome[i] ? 1 : 0;
            }
        }

        return new LearnedBand(label, from, to, records, records == 0 ? 0 : (double)converted / records);
    }
}
