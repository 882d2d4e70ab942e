using System.Collections.Immutable;
using ScoreLang.Runtime;
using ScoreLang.Runtime.Output;

namespace ScoreLang.Reports;

/// <summary>
/// The impact of a model change (S26): the same records scored by another version of the score, counted one record at
/// a time into a matrix of the other version's tier by the current tier, with the mean value before and after over
/// the records scored by both. Records are matched by row when both batches list the same ids, else by id.
/// </summary>
internal sealed class ImpactCounter
{
    private readonly ImmutableArray<string> _labels;
    private readonly ImmutableArray<string> _oldLabels;
    private readonly ScoreColumns _old;
    private readonly RecordBatch _oldBatch;
    private readonly RecordBatch _batch;
    private readonly bool _sameRows;
    private readonly long[][] _counts;
    private long _compared, _changed, _missing, _both;
    private double _sumBefore, _sumAfter;

    public ImpactCounter(ImmutableArray<string> labels, ScoreColumns old, RecordBatch oldBatch, RecordBatch batch)
    {
        _labels = labels;
        _oldLabels = [.. old.TierLabels, ScoreAggregator.NoTier, ScoreAggregator.NotScored];
        _old = old;
        _oldBatch = oldBatch;
        _batch = batch;
        _sameRows = ReferenceEquals(oldBatch.Ids, batch.Ids) || oldBatch.Ids.AsSpan().SequenceEqual(batch.Ids);
        _counts = [.. _oldLabels.Select(_ => new long[labels.Length])];
    }

    public void Add(int row, int currentTier, double? currentValue)
    {
        var oldRow = _sameRows ? row : _oldBatch.RowOf(_batch.Ids[row]);
        if (oldRow < 0)
        {
            _missing++;
            return;
        }

        var oldScored = _old.IsScored(oldRow);
        var oldTier = !oldScored ? _oldLabels.Length - 1 : _old.Tiers[oldRow] >= 0 ? _old.Tiers[oldRow] : _oldLabels.Length - 2;
        _counts[oldTier][currentTier]++;
        _compared++;
        if (!string.Equals(_oldLabels[oldTier], _labels[currentTier], StringComparison.Ordinal))
        {
            _changed++;
        }

        if (oldScored && currentValue is not null)
        {
            _both++;
            _sumBefore += _old.Values[oldRow];
            _sumAfter += currentValue.Value;
        }
    }

    public ImpactSummary Summary(string label, IReadOnlySet<string> optionalLabels) => new(
        label,
        new BandMatrix("before", "after", _oldLabels, _labels, _counts).WithoutEmpty(optionalLabels),
        _compared,
        _changed,
        _both == 0 ? 0 : _sumBefore / _both,
        _both == 0 ? 0 : _sumAfter / _both,
        _missing);
}
