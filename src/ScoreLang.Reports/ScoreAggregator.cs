using System.Collections.Immutable;
using ScoreLang.Data;
using ScoreLang.Runtime;
using ScoreLang.Runtime.Output;
using ScoreLang.Semantics;

namespace ScoreLang.Reports;

/// <summary>
/// Aggregates one score's output columns in a single pass over its rows: count, mean, min and max; a histogram per
/// value (total, and a combined score's parts); counts per tier and the A1..C3 matrix (S24); each group's mean and
/// limit hits (S13); and, when given, band changes since an earlier output (S25), against another model version (S26)
/// and conversion per tier. Memory is bounded by bins and bands, not by records (except the id map a comparison over
/// differently ordered data needs).
/// </summary>
internal sealed class ScoreAggregator
{
    public const string NoTier = "(no tier)";
    public const string NotScored = "(not scored)";
    public const string NotPresent = "(not in file)";

    private static readonly HashSet<string> SpecialLabels = new([NoTier, NotScored, NotPresent], StringComparer.Ordinal);

    private readonly ScoreColumns _columns;
    private readonly RecordBatch _batch;
    private readonly ImmutableArray<string> _labels;

    public ScoreAggregator(ScoreColumns columns, RecordBatch batch)
    {
        _columns = columns;
        _batch = batch;
        _labels = [.. columns.TierLabels, NoTier, NotScored];
    }

    public PreviousOutput? Previous { get; init; }

    public (string Label, ScoreColumns Columns, RecordBatch Batch)? Comparison { get; init; }

    public Func<int, bool>? Converted { get; init; }

    public int CrossingsListed { get; init; } = 20;

    public ScoreAggregate Aggregate()
    {
        var score = _columns.Score;
        var count = _columns.Count;
        var histograms = HistogramsFor(score);
        var tierCounts = new long[_labels.Length];
        var groupSums = new double[score.Groups.Length];
        var limitHits = new long[score.Groups.Length];
        var matrix = CombinedMatrix(score);
        var crossings = Previous is null || !Previous.Has(score) ? null : new CrossingCounter(_labels, CrossingsListed);
        var impact = Comparison is null ? null : new ImpactCounter(_labels, Comparison.Value.Columns, Comparison.Value.Batch, _batch);
        var outcome = Converted is null ? null : new long[_labels.Length];
        long scored = 0;
        double sum = 0, min = double.PositiveInfinity, max = double.NegativeInfinity;

        for (var row = 0; row < count; row++)
        {
            var isScored = _columns.IsScored(row);
            var tier = !isScored ? _labels.Length - 1 : _columns.Tiers[row] >= 0 ? _columns.Tiers[row] : _labels.Length - 2;
            var value = _columns.Values[row];
            crossings?.Add(_batch.Ids[row], tier, isScored ? value : null, Previous!.Find(score, _batch.Ids[row]));
            impact?.Add(row, tier, isScored ? value : null);
            if (!isScored)
            {
                continue;
            }

            scored++;
            sum += value;
            (min, max) = (Math.Min(min, value), Math.Max(max, value));
            histograms[0].Histogram.Add(value);
            if (histograms.Length == 3)
            {
                histograms[1].Histogram.Add(_columns.Engagement![row]);
                histograms[2].Histogram.Add(_columns.Fit![row]);
            }

            tierCounts[tier]++;
            if (matrix is not null && _columns.Tiers[row] >= 0)
            {
                var columnsOfMatrix = matrix.Columns.Length;
                matrix.Counts[_columns.Tiers[row] / columnsOfMatrix][_columns.Tiers[row] % columnsOfMatrix]++;
            }

            for (var g = 0; g < groupSums.Length; g++)
            {
                var groupValue = _columns.Groups[g][row];
                groupSums[g] += groupValue;
                // S13: a group at its limit gets nothing more from further matches.
                if (score.Groups[g].Limit is { } limit && groupValue >= limit - 1e-9)
                {
                    limitHits[g]++;
                }
            }

            if (outcome is not null && Converted!(row))
            {
                outcome[tier]++;
            }
        }

        var groupMeans = groupSums.Select(s => scored == 0 ? 0 : s / scored).ToArray();
        var meanTotal = groupMeans.Sum();
        var groups = score.Groups.Select((group, g) => new GroupAggregate(
            group,
            groupMeans[g],
            meanTotal == 0 ? 0 : groupMeans[g] / meanTotal,
            limitHits[g],
            scored == 0 ? 0 : (double)limitHits[g] / scored));

        return new ScoreAggregate(
            score,
            count,
            scored,
            scored == 0 ? 0 : sum / scored,
            scored == 0 ? 0 : min,
            scored == 0 ? 0 : max,
            [.. histograms.Select(h => new Distribution(h.Name, h.Histogram.Bins(), h.Thresholds))],
            BandCounts(tierCounts, scored),
            matrix,
            [.. groups],
            crossings?.Summary(Previous!.Path, SpecialLabels),
            impact?.Summary(Comparison!.Value.Label, SpecialLabels),
            outcome is null ? [] : OutcomeBands(tierCounts, outcome));
    }

    /// <summary>The values charted (S7: a combined score's parts too) and the thresholds that classify each (S23, S24).</summary>
    private static (string Name, Histogram Histogram, ThresholdSet? Thresholds)[] HistogramsFor(ScoreSymbol score)
    {
        var width = Histogram.NiceWidth(score.Limit ?? 0);
        if (score.Kind != ScoreKind.Combined)
        {
            return [(score.Name, new Histogram(width), score.Thresholds.FirstOrDefault())];
        }

        var partLimit = (ScorePart part) => score.Groups.Where(g => g.Part == part).Sum(g => g.Limit ?? 0);
        return
        [
            (score.Name, new Histogram(width), score.Thresholds.FirstOrDefault(t => t.Part is null)),
            ($"{score.Name} (engagement)", new Histogram(Histogram.NiceWidth(partLimit(ScorePart.Engagement))), score.Thresholds.FirstOrDefault(t => t.Part == ScorePart.Engagement)),
            ($"{score.Name} (fit)", new Histogram(Histogram.NiceWidth(partLimit(ScorePart.Fit))), score.Thresholds.FirstOrDefault(t => t.Part == ScorePart.Fit)),
        ];
    }

    /// <summary>The A1..C3 matrix (S24): rows are fit bands (A = high fit), columns engagement bands (1 = high).</summary>
    private static BandMatrix? CombinedMatrix(ScoreSymbol score)
    {
        var fit = score.Thresholds.FirstOrDefault(t => t.Part == ScorePart.Fit);
        var engagement = score.Thresholds.FirstOrDefault(t => t.Part == ScorePart.Engagement);
        if (score.Kind != ScoreKind.Combined || fit is null || engagement is null)
        {
            return null;
        }

        return new BandMatrix(
            "fit",
            "engagement",
            [.. fit.Bands.Select(b => b.Label)],
            [.. engagement.Bands.Select(b => b.Label)],
            [.. fit.Bands.Select(_ => new long[engagement.Bands.Length])]);
    }

    private ImmutableArray<BandCount> BandCounts(long[] tierCounts, long scored)
    {
        // The last label is "(not scored)": excluded records are counted apart (S20), not as a band.
        var bands = ImmutableArray.CreateBuilder<BandCount>();
        for (var t = 0; t < _labels.Length - 1; t++)
        {
            if (t < _labels.Length - 2 || tierCounts[t] > 0)
            {
                bands.Add(new BandCount(_labels[t], tierCounts[t], scored == 0 ? 0 : (double)tierCounts[t] / scored));
            }
        }

        return bands.ToImmutable();
    }

    private ImmutableArray<OutcomeBand> OutcomeBands(long[] tierCounts, long[] converted)
    {
        var scored = tierCounts.Take(_labels.Length - 1).Sum();
        var overall = scored == 0 ? 0 : (double)converted.Take(_labels.Length - 1).Sum() / scored;
        var bands = ImmutableArray.CreateBuilder<OutcomeBand>();
        for (var t = 0; t < _labels.Length - 1; t++)
        {
            if (tierCounts[t] == 0 && t == _labels.Length - 2)
            {
                continue;
            }

            var rate = tierCounts[t] == 0 ? 0 : (double)converted[t] / tierCounts[t];
            bands.Add(new OutcomeBand(_labels[t], tierCounts[t], converted[t], rate, overall == 0 ? 0 : rate / overall));
        }

        bands.Add(new OutcomeBand("all scored", scored, converted.Take(_labels.Length - 1).Sum(), overall, overall == 0 ? 0 : 1));
        return bands.ToImmutable();
    }
}
