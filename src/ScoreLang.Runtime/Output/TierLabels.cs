using System.Collections.Immutable;
using ScoreLang.Semantics;

namespace ScoreLang.Runtime.Output;

/// <summary>
/// The tier labels of a score, indexed by the tier codes a scorer writes (S23, S24). A single thresholds set: its band
/// labels in declaration order. A combined score with a fit and an engagement set: every fit label followed by every
/// engagement label, code = fitBand * engagementBandCount + engagementBand ("A1" = fit band 0, engagement band 0).
/// Which set classifies what mirrors the reference evaluator: a combined score without both part sets uses its set for
/// the whole score (if any); any other score uses its first set.
/// </summary>
public static class TierLabels
{
    public static ImmutableArray<string> For(ScoreSymbol score)
    {
        var fit = score.Thresholds.FirstOrDefault(t => t.Part == ScorePart.Fit);
        var engagement = score.Thresholds.FirstOrDefault(t => t.Part == ScorePart.Engagement);
        if (score.Kind == ScoreKind.Combined && fit is not null && engagement is not null)
        {
            var labels = ImmutableArray.CreateBuilder<string>(fit.Bands.Length * engagement.Bands.Length);
            foreach (var fitBand in fit.Bands)
            {
                foreach (var engagementBand in engagement.Bands)
                {
                    labels.Add(fitBand.Label + engagementBand.Label);
                }
            }

            return labels.MoveToImmutable();
        }

        var single = score.Kind == ScoreKind.Combined
            ? score.Thresholds.FirstOrDefault(t => t.Part is null)
            : score.Thresholds.FirstOrDefault();
        return single is null ? [] : [.. single.Bands.Select(b => b.Label)];
    }
}
