using System.Collections.Immutable;
using ScoreLang.Data;

namespace ScoreLang.Reports;

/// <summary>
/// Counts tier changes since an earlier output (S25), one record at a time: the matrix of earlier tier by current
/// tier, how many records crossed (up or down by value), how many are new, and the largest moves by id (a bounded
/// heap, so memory does not grow with the records).
/// <para>
/// Why this is not <see cref="Runtime.Comparison.TierComparison"/> (which <c>run --previous</c> and <c>diff</c> use): that
/// one keeps every changed record (they are all written with <c>--crossings</c> / <c>--out</c>) and folds "not scored"
/// (S20) and "below every band" into one "(none)" tier, with records absent before counted apart. The report streams
/// over outputs of any size, so it keeps only the largest moves, and its matrix tells "(not scored)" from "(no tier)"
/// and has a "(not in file)" row. Expressing either by the other would change what it prints or what it holds in
/// memory, so both stay; a change to what counts as a crossing (a different tier label) must be made in both.
/// </para>
/// </summary>
internal sealed class CrossingCounter
{
    private readonly ImmutableArray<string> _labels;
    private readonly List<string> _rows;
    private readonly Dictionary<string, int> _rowOf;
    private readonly List<long[]> _counts = [];
    private readonly PriorityQueue<Crossing, double> _largest = new();
    private readonly int _listed;
    private long _compared, _new, _crossed, _up, _down;

    public CrossingCounter(ImmutableArray<string> currentLabels, int listed)
    {
        _labels = currentLabels;
        _listed = listed;
        _rows = [];
        _rowOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var label in currentLabels.Append(ScoreAggregator.NotPresent))
        {
            RowOf(label);
        }
    }

    public void Add(string id, int currentTier, double? currentValue, PreviousScore? previous)
    {
        var from = previous is null ? ScoreAggregator.NotPresent
            : previous.Value.Value is null ? ScoreAggregator.NotScored
            : previous.Value.Tier ?? ScoreAggregator.NoTier;
        _counts[RowOf(from)][currentTier]++;
        if (previous is null)
        {
            _new++;
            return;
        }

        _compared++;
        var to = _labels[currentTier];
        if (string.Equals(from, to, StringComparison.Ordinal))
        {
            return;
        }

        _crossed++;
        var before = previous.Value.Value;
        if (before is not null && currentValue is not null)
        {
            if (currentValue > before)
            {
                _up++;
            }
            else if (currentValue < before)
            {
                _down++;
            }
        }

        var size = before is not null && currentValue is not null ? Math.Abs(currentValue.Value - before.Value) : 0;
        _largest.Enqueue(new Crossing(id, from, to, before, currentValue), size);
        if (_largest.Count > _listed)
        {
            _largest.Dequeue();
        }
    }

    public CrossingSummary Summary(string path, IReadOnlySet<string> optionalLabels)
    {
        var largest = new List<(Crossing Crossing, double Size)>();
        while (_largest.TryDequeue(out var crossing, out var size))
        {
            largest.Add((crossing, size));
        }

        var matrix = new BandMatrix("earlier tier", "current tier", [.. _rows], _labels, [.. _counts]);
        return new CrossingSummary(
            path,
            matrix.WithoutEmpty(optionalLabels),
            _compared,
            _new,
            _crossed,
            _up,
            _down,
            [.. largest.OrderByDescending(c => c.Size).ThenBy(c => c.Crossing.RecordId, StringComparer.Ordinal).Select(c => c.Crossing)]);
    }

    /// <summary>An earlier tier the current model no longer has (a renamed band) gets its own row.</summary>
    private int RowOf(string label)
    {
        if (!_rowOf.TryGetValue(label, out var row))
        {
            row = _rows.Count;
            _rows.Add(label);
            _rowOf.Add(label, row);
            _counts.Add(new long[_labels.Length]);
        }

        return row;
    }
}
