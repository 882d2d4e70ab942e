using System.Collections.Immutable;
using ScoreLang.Diagnostics;
using ScoreLang.Semantics;
using ScoreLang.Syntax;

namespace ScoreLang.Binding;

/// <summary>
/// Binds and checks threshold bands (S23, S24): integer bounds, unique labels, no overlap (error), no gap (warning),
/// and, when the score has a limit, bands covering 0..limit (warning). Combined scores need one set per part.
/// </summary>
internal sealed class ThresholdChecker(BindingContext context)
{
    public ImmutableArray<ThresholdSet> Bind(SyntaxTree tree, ScoreHeader score, IdentifierSyntax scoreName, ImmutableArray<GroupSymbol> groups, IEnumerable<ThresholdsSyntax> syntaxes)
    {
        var result = ImmutableArray.CreateBuilder<ThresholdSet>();
        var seenParts = new HashSet<ScorePart?>();
        foreach (var syntax in syntaxes)
        {
            var part = BindPart(tree, score, syntax);
            var bands = BindBands(tree, syntax);
            if (!seenParts.Add(part))
            {
                context.Report(DiagnosticCatalog.DuplicateClause, tree, syntax.Span.Start == syntax.Span.End ? syntax.Span : new Text.TextSpan(syntax.Span.Start, "thresholds".Length),
                    part is null ? "thresholds" : $"thresholds {PartText(part.Value)}", score.Name);
                continue;
            }

            CheckBands(tree, bands, UpperValue(score, groups, part));
            result.Add(new ThresholdSet(part, [.. bands.Select(b => b.Band)], BindingContext.Location(tree, syntax.Span)));
        }

        if (score.Kind == ScoreKind.Combined && result.Count > 0)
        {
            foreach (var missing in new[] { ScorePart.Fit, ScorePart.Engagement }.Where(p => !seenParts.Contains(p)))
            {
                context.Report(DiagnosticCatalog.CombinedThresholdsPart, tree, scoreName.Span, score.Name, $"has no 'thresholds {PartText(missing)}'");
            }
        }

        return result.ToImmutable();
    }

    /// <summary>The highest value the score (or a part of a combined score) can reach, when the score has a limit.</summary>
    public static double? UpperValue(ScoreHeader score, ImmutableArray<GroupSymbol> groups, ScorePart? part)
    {
        if (score.Limit is not { } limit)
        {
            return null;
        }

        if (part is null)
        {
            return limit;
        }

        var capacities = groups.Where(g => g.Part == part).Select(Semantics.SymbolDescriber.MaxContribution).ToList();
        return capacities.Count > 0 && capacities.All(c => c is not null) ? Math.Min(limit, capacities.Sum(c => c!.Value)) : limit;
    }

    private ScorePart? BindPart(SyntaxTree tree, ScoreHeader score, ThresholdsSyntax syntax)
    {
        if (syntax.Part is not { IsMissing: false } partSyntax)
        {
            if (score.Kind == ScoreKind.Combined)
            {
                var keyword = new Text.TextSpan(syntax.Span.Start, Math.Min("thresholds".Length, syntax.Span.Length));
                context.Report(DiagnosticCatalog.CombinedThresholdsPart, tree, keyword, score.Name, "has thresholds that do not say 'fit' or 'engagement'");
            }

            return null;
        }

        ScorePart? part = partSyntax.Text switch { "fit" => ScorePart.Fit, "engagement" => ScorePart.Engagement, _ => null };
        if (part is null)
        {
            context.ReportUnknown(tree, partSyntax, "a thresholds part", ["fit", "engagement"], "Write 'thresholds fit' or 'thresholds engagement'.");
            return null;
        }

        if (score.Kind != ScoreKind.Combined)
        {
            context.Report(DiagnosticCatalog.ThresholdsPartNotCombined, tree, partSyntax.Span, partSyntax.Text, score.Name, GroupBinder.KindText(score.Kind));
            return null;
        }

        return part;
    }

    private List<BoundBand> BindBands(SyntaxTree tree, ThresholdsSyntax syntax)
    {
        var bands = new List<BoundBand>();
        var labels = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var band in syntax.Bands)
        {
            var range = RangeBinder.Bind(context, tree, band.Range);
            if (labels.TryGetValue(band.Label, out var first))
            {
                context.Add(Diagnostic.Create(DiagnosticCatalog.DuplicateBandLabel, BindingContext.Location(tree, band.LabelSpan), band.Label)
                    .WithRelated(first, $"'{band.Label}' is first used here."));
            }
            else
            {
                labels[band.Label] = BindingContext.Location(tree, band.LabelSpan);
            }

            if (range is { } r)
            {
                bands.Add(new BoundBand(new Band(band.Label, r.From, r.To, BindingContext.Location(tree, band.Span)), band));
            }
        }

        return bands;
    }

    private void CheckBands(SyntaxTree tree, List<BoundBand> bands, double? upper)
    {
        var sorted = bands.OrderBy(b => b.Band.From).ToList();
        for (var i = 0; i < sorted.Count; i++)
        {
            for (var j = i + 1; j < sorted.Count; j++)
            {
                var (a, b) = (sorted[i].Band, sorted[j].Band);
                if (RangeBinder.Overlap(a.From, a.To, b.From, b.To))
                {
                    var later = sorted[i].Syntax.Span.Start > sorted[j].Syntax.Span.Start ? sorted[i] : sorted[j];
                    var other = ReferenceEquals(later, sorted[i]) ? sorted[j] : sorted[i];
                    context.Add(Diagnostic.Create(DiagnosticCatalog.BandsOverlap, BindingContext.Location(tree, later.Syntax.Range.Span),
                            later.Band.Label, Range(later.Band), other.Band.Label, Range(other.Band))
                        .WithRelated(other.Band.Location, $"Band '{other.Band.Label}' is here."));
                    return; // one overlap is enough: gaps and coverage make no sense until it is fixed
                }
            }
        }

        for (var i = 0; i + 1 < sorted.Count; i++)
        {
            var (low, high) = (sorted[i].Band, sorted[i + 1].Band);
            if (low.To is { } end && high.From > end + 1)
            {
                context.Report(DiagnosticCatalog.BandsGap, tree, sorted[i + 1].Syntax.Range.Span, RangeBinder.Format(end + 1, high.From - 1), low.Label, high.Label);
            }
        }

        if (upper is not { } max || sorted.Count == 0)
        {
            return;
        }

        foreach (var band in sorted.Where(b => b.Band.From > max))
        {
            context.Report(DiagnosticCatalog.BandUnreachable, tree, band.Syntax.Range.Span, band.Band.Label, Range(band.Band), DecayBinder.Number(max));
        }

        var top = (int)Math.Ceiling(max);
        if (sorted[0].Band.From > 0)
        {
            context.Report(DiagnosticCatalog.BandsDoNotCover, tree, sorted[0].Syntax.Range.Span, RangeBinder.Format(0, sorted[0].Band.From - 1), top);
        }

        if (sorted[^1].Band.To is { } last && last + 1 <= max)
        {
            var from = last + 1;
            context.Report(DiagnosticCatalog.BandsDoNotCover, tree, sorted[^1].Syntax.Range.Span, RangeBinder.Format(from, Math.Max(from, top)), top);
        }
    }

    private static string Range(Band band) => RangeBinder.Format(band.From, band.To);

    private static string PartText(ScorePart part) => part == ScorePart.Fit ? "fit" : "engagement";

    private sealed record BoundBand(Band Band, BandSyntax Syntax);
}
