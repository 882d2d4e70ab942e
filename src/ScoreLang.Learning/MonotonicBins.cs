namespace ScoreLang.Learning;

/// <summary>
/// Makes the ranges of a number convert in one direction where the data supports it: the direction is the sign of
/// the trend of the ranges' conversion rates, and two neighbouring ranges that go against it are merged — the closest
/// such pair first, and only while their difference is within two standard errors, so that a real bump (a middle range
/// that genuinely converts best) is kept. A person then reads "more visits, more points", not a zig-zag of noise.
/// </summary>
internal static class MonotonicBins
{
    private const double Significant = 2.0;

    public static IReadOnlyList<CandidateRule> Merge(IReadOnlyList<CandidateRule> bins, int[] rows, Outcome outcome)
    {
        var ranges = bins.Where(b => b.Range is not null).ToList();
        if (ranges.Count < 3)
        {
            return bins;
        }

        while (ranges.Count >= 2)
        {
            var stats = ranges.Select(b => Rate(b, rows, outcome)).ToList();
            var direction = Math.Sign(Trend(stats));
            var best = -1;
            var closest = double.MaxValue;
            for (var i = 0; i + 1 < ranges.Count; i++)
            {
                var (a, b) = (stats[i], stats[i + 1]);
                if (direction == 0 || Math.Sign(b.Rate - a.Rate) != -direction)
                {
                    continue;
                }

                var pooled = (a.Converted + b.Converted) / (double)(a.Records + b.Records);
                var error = Math.Sqrt(Math.Max(pooled * (1 - pooled), 1e-9) * ((1.0 / a.Records) + (1.0 / b.Records)));
                var z = Math.Abs(b.Rate - a.Rate) / error;
                if (z < Significant && z < closest)
                {
                    (best, closest) = (i, z);
                }
            }

            if (best < 0)
            {
                break;
            }

            ranges[best] = Join(ranges[best], ranges[best + 1]);
            ranges.RemoveAt(best + 1);
        }

        return [.. ranges, .. bins.Where(b => b.Range is null)];
    }

    private static CandidateRule Join(CandidateRule lower, CandidateRule upper)
    {
        var range = (lower.Range!.Value.Low, upper.Range!.Value.High);
        var holds = new bool[lower.Holds.Length];
        for (var r = 0; r < holds.Length; r++)
        {
            holds[r] = lower.Holds[r] || upper.Holds[r];
        }

        return new CandidateRule(lower.Property, FeatureBuilder.RangeCondition(lower.Property, range.Low, range.High), holds) { Range = range };
    }

    private static (long Records, long Converted, double Rate) Rate(CandidateRule bin, int[] rows, Outcome outcome)
    {
        long records = 0, converted = 0;
        foreach (var r in rows)
        {
            if (bin.Holds[r])
            {
                records++;
                converted += outcome.Values[r] ? 1 : 0;
            }
        }

        return (records, converted, records == 0 ? 0 : (double)converted / records);
    }

    /// <summary>The record-weighted covariance of the range's position and its rate: its sign is the direction.</summary>
    private static double Trend(List<(long Records, long Converted, double Rate)> stats)
    {
        var total = stats.Sum(s => (double)s.Records);
        var meanPosition = stats.Select((s, i) => s.Records * (double)i).Sum() / total;
        var meanRate = stats.Sum(s => s.Records * s.Rate) / total;
        return stats.Select((s, i) => s.Records * (i - meanPosition) * (s.Rate - meanRate)).Sum();
    }
}
