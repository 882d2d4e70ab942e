namespace ScoreLang.Benchmarks.Contenders;

/// <summary>
/// The decay arithmetic a careful engineer writes by hand for one evaluation date (docs/language.md "Decay", S17-S19),
/// precomputed once per run: stepped schedules as month boundaries, half-lives as a table per whole day. The values are
/// the ones the evaluator computes (same double operations), so the hand loop can be compared exactly.
/// </summary>
public sealed class HandDecay
{
    private const int TableDays = 800;
    private readonly long _asOf;
    private readonly long[] _boundaries;
    private readonly double[] _factors;
    private readonly double _halfLifeDays;
    private readonly double[] _halfLife = [];

    private HandDecay(long asOf, long[] boundaries, double[] factors, double halfLifeDays)
    {
        _asOf = asOf;
        _boundaries = boundaries;
        _factors = factors;
        _halfLifeDays = halfLifeDays;
        if (halfLifeDays > 0)
        {
            _halfLife = new double[TableDays];
            for (var d = 0; d < TableDays; d++)
            {
                _halfLife[d] = Math.Pow(0.5, d / halfLifeDays);
            }
        }
    }

    /// <summary>
    /// <c>decay p% every n months</c>: the factor is max(0, 1 - p·k) with k the largest k such that event + k·n months is
    /// not after the evaluation date. Events at or before boundary k (inclusive) have at least k periods.
    /// </summary>
    public static HandDecay SteppedMonths(double percent, int months, DateTime asOf)
    {
        var rate = percent / 100.0;
        var cap = (int)Math.Ceiling(1.0 / rate);
        var boundaries = new long[cap + 1];
        var factors = new double[cap + 1];
        boundaries[0] = long.MaxValue;
        for (var k = 0; k <= cap; k++)
        {
            factors[k] = Math.Max(0.0, 1.0 - (rate * k));
            if (k > 0)
            {
                boundaries[k] = LatestWithin(asOf, k * months);
            }
        }

        return new HandDecay(asOf.Ticks, boundaries, factors, 0);
    }

    /// <summary><c>decay half-life n days</c>: 0.5^(d/n) with d the whole days elapsed.</summary>
    public static HandDecay HalfLifeDays(int days, DateTime asOf) => new(asOf.Ticks, [], [], days);

    public double Factor(long eventTicks)
    {
        if (eventTicks >= _asOf)
        {
            return 1.0;
        }

        if (_halfLifeDays > 0)
        {
            var d = (_asOf - eventTicks) / TimeSpan.TicksPerDay;
            return d < TableDays ? _halfLife[d] : Math.Pow(0.5, d / _halfLifeDays);
        }

        var k = 0;
        while (k + 1 < _boundaries.Length && eventTicks <= _boundaries[k + 1])
        {
            k++;
        }

        return _factors[k];
    }

    /// <summary>
    /// The latest time t with t + months ≤ asOf, by a binary search on ticks. Exact only when adding the months never
    /// clamps to a month's end near the boundary (then "t + months ≤ asOf" falls as t grows): true for the benchmark's
    /// evaluation date, 1 January, whose month is 31 days long, and checked by the validation step on every contact.
    /// The runtime's Decay handles clamped month ends exactly.
    /// </summary>
    private static long LatestWithin(DateTime asOf, int months)
    {
        long low = asOf.AddMonths(-months).AddDays(-4).Ticks;
        long high = asOf.AddMonths(-months).AddDays(4).Ticks;
        while (low < high)
        {
            var mid = low + ((high - low + 1) / 2);
            if (new DateTime(mid, DateTimeKind.Utc).AddMonths(months) <= asOf)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return low;
    }
}
