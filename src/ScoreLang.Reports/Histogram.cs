using System.Collections.Immutable;

namespace ScoreLang.Reports;

/// <summary>One bar of a histogram: values v with <see cref="From"/> &lt;= v &lt; <see cref="To"/>.</summary>
internal sealed record HistogramBin(double From, double To, long Count);

/// <summary>
/// A histogram built in one pass without knowing the range first: bins are multiples of a width (the score limit / 50
/// rounded to 1, 2 or 5 times a power of ten when there is a limit, else 1) and the width doubles, merging pairs of
/// bins, whenever more than <see cref="MaxBins"/> would be needed. Memory is bounded by the bins, never by the records,
/// so a million records make the same small chart as a hundred.
/// </summary>
internal sealed class Histogram
{
    public const int MaxBins = 100;

    private readonly Dictionary<long, long> _counts = [];
    private long _low = long.MaxValue;
    private long _high = long.MinValue;

    public Histogram(double initialWidth = 1)
    {
        Width = initialWidth > 0 ? initialWidth : 1;
    }

    public double Width { get; private set; }

    public long Count { get; private set; }

    /// <summary>A "nice" first width for a range: about 50 bins (1, 2 or 5 times a power of ten).</summary>
    public static double NiceWidth(double range)
    {
        if (range <= 0 || double.IsNaN(range) || double.IsInfinity(range))
        {
            return 1;
        }

        var raw = range / 50;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = raw / magnitude <= 1 ? 1 : raw / magnitude <= 2 ? 2 : raw / magnitude <= 5 ? 5 : 10;
        return Math.Max(step * magnitude, 1e-9);
    }

    public void Add(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return;
        }

        var key = (long)Math.Floor(value / Width);
        _counts[key] = _counts.GetValueOrDefault(key) + 1;
        (_low, _high) = (Math.Min(_low, key), Math.Max(_high, key));
        Count++;
        if (_high - _low + 1 > MaxBins)
        {
            Widen();
        }
    }

    /// <summary>The bins from the lowest to the highest non-empty one, empty bins in between included.</summary>
    public ImmutableArray<HistogramBin> Bins()
    {
        if (_counts.Count == 0)
        {
            return [];
        }

        var bins = ImmutableArray.CreateBuilder<HistogramBin>((int)(_high - _low + 1));
        for (var key = _low; key <= _high; key++)
        {
            bins.Add(new HistogramBin(key * Width, (key + 1) * Width, _counts.GetValueOrDefault(key)));
        }

        return bins.MoveToImmutable();
    }

    /// <summary>Doubles the width until the occupied span fits; pairs of bins merge (floor division keeps negatives right).</summary>
    private void Widen()
    {
        while (_high - _low + 1 > MaxBins)
        {
            var merged = new Dictionary<long, long>();
            foreach (var (key, count) in _counts)
            {
                var half = (long)Math.Floor(key / 2.0);
                merged[half] = merged.GetValueOrDefault(half) + count;
            }

            _counts.Clear();
            foreach (var (key, count) in merged)
            {
                _counts[key] = count;
            }

            Width *= 2;
            (_low, _high) = ((long)Math.Floor(_low / 2.0), (long)Math.Floor(_high / 2.0));
        }
    }
}
