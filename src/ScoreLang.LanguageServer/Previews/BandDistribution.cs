using System.Collections.Immutable;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using ScoreLang.Evaluation;
using ScoreLang.Runtime.Building;
using ScoreLang.Semantics;

namespace ScoreLang.LanguageServer.Previews;

/// <summary>
/// How the sample records fall into a score's bands: records per tier label (in the order the thresholds declare them;
/// for a combined score every fit × engagement label, S24), records scored without a tier, records not scored (S20),
/// and the lowest, median and highest score. Computed with the reference evaluator, record by record, within a time
/// budget (the sample is small by construction: <c>maxRows</c>); a budget that runs out gives the first records only,
/// and says so. Cached per score symbol, so hovering the same score again costs nothing until the file changes.
/// </summary>
internal sealed record BandDistribution(
    int Records,
    int Evaluated,
    int NotScored,
    int WithoutTier,
    ImmutableArray<(string Label, int Count)> Bands,
    double? Lowest,
    double? Median,
    double? Highest)
{
    private static readonly ConditionalWeakTable<ScoreSymbol, Cached> Cache = [];

    public static BandDistribution Of(BoundProgram program, ScoreSymbol score, SampleDataSet sample, TimeSpan budget, CancellationToken cancellationToken)
    {
        if (Cache.TryGetValue(score, out var cached) && ReferenceEquals(cached.Sample, sample))
        {
            return cached.Distribution;
        }

        var distribution = Compute(program, score, sample, budget, cancellationToken);
        Cache.AddOrUpdate(score, new Cached(sample, distribution));
        return distribution;
    }

    private static BandDistribution Compute(BoundProgram program, ScoreSymbol score, SampleDataSet sample, TimeSpan budget, CancellationToken cancellationToken)
    {
        var data = sample.Result.Data;
        var batch = data.Records.GetValueOrDefault(score.RecordTypeName);
        var count = batch?.Count ?? 0;
        var evaluator = new ReferenceEvaluator(program);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var values = new List<double>(count);
        int evaluated = 0, notScored = 0, withoutTier = 0;
        var clock = Stopwatch.StartNew();
        for (var row = 0; row < count && clock.Elapsed < budget; row++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = evaluator.Evaluate(score, RecordDataExtractor.Extract(data, score.RecordTypeName, row), sample.AsOf);
            evaluated++;
            if (!result.IsScored || result.Score is not { } value)
            {
                notScored++;
                continue;
            }

            values.Add(value);
            if (result.Tier is { } tier)
            {
                counts[tier] = counts.GetValueOrDefault(tier) + 1;
            }
            else
            {
                withoutTier++;
            }
        }

        values.Sort();
        var bands = Labels(score).Select(label => (label, counts.GetValueOrDefault(label)))
            .Concat(counts.Where(c => !Labels(score).Contains(c.Key, StringComparer.Ordinal)).OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => (c.Key, c.Value)));
        return new BandDistribution(
            count,
            evaluated,
            notScored,
            withoutTier,
            [.. bands],
            values.Count > 0 ? values[0] : null,
            values.Count > 0 ? values[values.Count / 2] : null,
            values.Count > 0 ? values[^1] : null);
    }

    /// <summary>The tier labels in declaration order; a combined score's are fit label + engagement label (S24).</summary>
    private static IEnumerable<string> Labels(ScoreSymbol score)
    {
        if (score.Kind != ScoreKind.Combined)
        {
            return score.Thresholds.SelectMany(t => t.Bands).Select(b => b.Label);
        }

        var fit = score.Thresholds.Where(t => t.Part == ScorePart.Fit).SelectMany(t => t.Bands).Select(b => b.Label).ToList();
        var engagement = score.Thresholds.Where(t => t.Part == ScorePart.Engagement).SelectMany(t => t.Bands).Select(b => b.Label).ToList();
        return fit.SelectMany(f => engagement.Select(e => f + e));
    }

    private sealed record Cached(SampleDataSet Sample, BandDistribution Distribution);
}
