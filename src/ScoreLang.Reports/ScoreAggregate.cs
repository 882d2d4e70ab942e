using System.Collections.Immutable;
using ScoreLang.Semantics;

namespace ScoreLang.Reports;

/// <summary>Everything the report shows about one score, computed from its output columns (and samples where said).</summary>
internal sealed record ScoreAggregate(
    ScoreSymbol Score,
    long Records,
    long Scored,
    double Mean,
    double Min,
    double Max,
    ImmutableArray<Distribution> Distributions,
    ImmutableArray<BandCount> Bands,
    BandMatrix? TierMatrix,
    ImmutableArray<GroupAggregate> Groups,
    CrossingSummary? Crossings,
    ImpactSummary? Impact,
    ImmutableArray<OutcomeBand> Outcome)
{
    public long Excluded => Records - Scored;

    public RuleSample? Rules { get; init; }

    public DecaySample? Decay { get; init; }
}

/// <summary>
/// The histogram of one value of a score (the total, or a combined score's engagement or fit part, S7) and the
/// threshold bands that classify it (S23, S24), if any.
/// </summary>
internal sealed record Distribution(string Name, ImmutableArray<HistogramBin> Bins, ThresholdSet? Thresholds);

/// <summary>How many scored records have a tier (S23); <see cref="Label"/> "(no tier)" for values in no band.</summary>
internal sealed record BandCount(string Label, long Count, double Share);

/// <summary>
/// A group's part (S13): its mean value over scored records (after its limit and floor), that mean's share of the
/// sum of all group means, and how many records reached the limit.
/// </summary>
internal sealed record GroupAggregate(GroupSymbol Group, double Mean, double Share, long LimitReached, double LimitReachedShare);

/// <summary>Tier changes since an earlier output (S25).</summary>
internal sealed record CrossingSummary(
    string PreviousPath, BandMatrix Matrix, long Compared, long New, long Crossed, long Up, long Down, ImmutableArray<Crossing> Largest);

/// <summary>One record's tier change; values null when unscored or not in the earlier output.</summary>
internal sealed record Crossing(string RecordId, string FromTier, string ToTier, double? FromValue, double? ToValue);

/// <summary>Band changes between two versions of a score over the same records (S26).</summary>
internal sealed record ImpactSummary(string Label, BandMatrix Matrix, long Compared, long Changed, double MeanBefore, double MeanAfter, long Missing);

/// <summary>Conversion per band: records, converted, rate and lift (rate over the overall rate of scored records).</summary>
internal sealed record OutcomeBand(string Label, long Records, long Converted, double Rate, double Lift);

/// <summary>Points each rule gave in the evaluator's sample (before group limits, S13; after decay, S17).</summary>
internal sealed record RuleSample(int SampleSize, ImmutableArray<RuleAggregate> Rules);

/// <summary>One rule in the sample: how many sampled records it matched and the points it gave them in all.</summary>
internal sealed record RuleAggregate(string Group, BoundRule Rule, long Matched, double Points)
{
    public double MeanPerRecord(int sampleSize) => sampleSize == 0 ? 0 : Points / sampleSize;
}

/// <summary>
/// Engagement points by the age of the events that earned them (S17-S19), over a sample: the original points and the
/// points after decay, per age bucket.
/// </summary>
internal sealed record DecaySample(int SampleSize, ImmutableArray<DecayBucket> Buckets)
{
    public double TotalPoints => Buckets.Sum(b => b.Points);
}

internal sealed record DecayBucket(string Label, int FromDays, int? ToDays, long Events, double RawPoints, double Points);
