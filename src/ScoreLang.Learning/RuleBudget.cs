using System.Collections.Immutable;
using System.Globalization;

namespace ScoreLang.Learning;

/// <summary>
/// Keeps a learned file within its rule budget (40 by default) by merging bins before leaving anything out: two bins of
/// a candidate whose weights are close become one rule (neighbouring ranges of a number or of an event count, or any
/// two values of an enum, a text or a bool), or a bin joins the candidate's reference and gets no rule. Each merge
/// costs the training fit about ½·h₁h₂/(h₁+h₂)·(w₁−w₂)² in log-likelihood (h: the bins' curvature, the sum of p(1−p)
/// over their training records), so the cheapest merges are made first, the regression is fitted again on the merged
/// bins and the points recomputed, until the file fits. A property loses all its rules only when merging its last bins
/// is cheaper than anything else.
/// </summary>
internal static class RuleBudget
{
    private const int MostRounds = 8;

    /// <summary>
    /// From a design already fitted on <paramref name="train"/>: the design within the budget, its weights and points;
    /// <paramref name="warnings"/> says what was merged.
    /// </summary>
    public static (Design Design, double[] Weights, int[] Points) Fit(Design fitted, double[] fittedWeights, int[] train, Outcome outcome, LearnOptions options, ImmutableArray<string>.Builder warnings)
    {
        List<IReadOnlyList<CandidateRule>> current = [.. fitted.BinsOfProperty.Select(bins => (IReadOnlyList<CandidateRule>)[.. bins.Select(j => fitted.Bins[j])])];
        var original = Count(current);
        var (design, weights) = (fitted, fittedWeights);
        for (var round = 0; ; round++)
        {
            if (round > 0)
            {
                design = Design.From(current, fitted.Active.Length);
                weights = design.Fit(train, outcome);
            }

            var points = Scorecard.Points(design, weights, options.Limit);
            var rules = points.Count(p => p != 0);
            if (rules <= options.RuleBudget || round == MostRounds)
            {
                if (rules > options.RuleBudget)
                {
                    // Merging could not get there (rounding brought rules back): leave out whole candidates as a last resort.
                    points = Scorecard.WithinBudget(design, points, options.RuleBudget, warnings);
                }

                Report(original, current, options.RuleBudget, warnings);
                return (design, weights, points);
            }

            current = Merge(design, weights, points, train, rules - options.RuleBudget);
        }
    }

    private static List<IReadOnlyList<CandidateRule>> Merge(Design design, double[] weights, int[] points, int[] train, int merges)
    {
        var curvature = new double[design.Bins.Count];
        foreach (var row in train)
        {
            var p = 1 / (1 + Math.Exp(-design.Predictor(weights, row)));
            foreach (var j in design.Active[row])
            {
                curvature[j] += p * (1 - p);
            }
        }

        var candidates = design.BinsOfProperty.Select(bins =>
        {
            var reference = Scorecard.Reference(design, weights, bins);
            return bins.Select(j => new Working(design.Bins[j], weights[j], Math.Max(curvature[j], 1e-9), points[j] != 0, j == reference)).ToList();
        }).ToList();
        for (var m = 0; m < merges; m++)
        {
            (int Candidate, int A, int B, double Cost)? best = null;
            for (var c = 0; c < candidates.Count; c++)
            {
                var bins = candidates[c];
                for (var a = 0; a < bins.Count; a++)
                {
                    for (var b = 0; b < bins.Count; b++)
                    {
                        // A merge saves a rule when both bins have one, or when one of them joins the reference.
                        var saves = a != b && ((bins[a].HasRule && bins[b].HasRule && a < b) || (bins[a].HasRule && bins[b].IsReference));
                        if (!saves || !Mergeable(bins[a].Bin, bins[b].Bin, bins[b].IsReference))
                        {
                            continue;
                        }

                        var (x, y) = (bins[a], bins[b]);
                        var cost = 0.5 * x.Curvature * y.Curvature / (x.Curvature + y.Curvature) * (x.Weight - y.Weight) * (x.Weight - y.Weight);
                        if (best is null || cost < best.Value.Cost)
                        {
                            best = (c, a, b, cost);
                        }
                    }
                }
            }

            if (best is not { } chosen)
            {
                break;
            }

            var list = candidates[chosen.Candidate];
            var (first, second) = (list[chosen.A], list[chosen.B]);
            var total = first.Curvature + second.Curvature;
            var merged = new Working(
                Union(first.Bin, second.Bin),
                ((first.Weight * first.Curvature) + (second.Weight * second.Curvature)) / total,
                total,
                HasRule: !second.IsReference,
                IsReference: second.IsReference);
            // The merged bin takes the place of the first of the two, so ranges keep their order.
            var at = Math.Min(chosen.A, chosen.B);
            list.RemoveAt(Math.Max(chosen.A, chosen.B));
            list[at] = merged;
        }

        // A candidate merged down to one bin says nothing any more (a decayed rule is one bin by itself, and is kept).
        return [.. candidates.Where(bins => bins.Count >= 2 || bins[0].Bin.Amounts is not null).Select(bins => (IReadOnlyList<CandidateRule>)[.. bins.Select(w => w.Bin)])];
    }

    /// <summary>Whether two bins of one candidate can become one rule that a person reads (and the runtime computes) exactly.</summary>
    private static bool Mergeable(CandidateRule a, CandidateRule b, bool intoReference)
    {
        if (a.Amounts is not null || b.Amounts is not null)
        {
            return false;
        }

        if (a.IsEvent)
        {
            // An event reference is never written, so anything may join it; two count ranges must be neighbours.
            return b.IsReference || (Adjacent(a.Counts, b.Counts) is not null);
        }

        // Ranges of a number stay ranges: only neighbours merge, except into the reference, which has no rule.
        return intoReference || a.Range is null || b.Range is null || a.Range.Value.High == b.Range.Value.Low || b.Range.Value.High == a.Range.Value.Low;
    }

    private static (int From, int? To)? Adjacent((int From, int? To)? a, (int From, int? To)? b) =>
        (a, b) switch
        {
            ({ } x, { } y) when x.To + 1 == y.From => (x.From, y.To),
            ({ } x, { } y) when y.To + 1 == x.From => (y.From, x.To),
            _ => null,
        };

    /// <summary>One bin that holds where either does, with a condition that says exactly that.</summary>
    public static CandidateRule Union(CandidateRule a, CandidateRule b)
    {
        var holds = new bool[a.Holds.Length];
        for (var r = 0; r < holds.Length; r++)
        {
            holds[r] = a.Holds[r] || b.Holds[r];
        }

        if (a.IsEvent)
        {
            // Into the reference: the reference keeps its (never written) condition; else two neighbouring count ranges.
            var reference = b.IsReference ? b : a.IsReference ? a : null;
            if (reference is not null)
            {
                return reference with { Holds = holds };
            }

            var counts = Adjacent(a.Counts, b.Counts)!.Value;
            return new CandidateRule(a.Property, $"event {a.Property} {EventFeatureBuilder.CountClause(counts.From, counts.To)}", holds) { IsEvent = true, Counts = counts };
        }

        if (a.Range is { } x && b.Range is { } y && (x.High == y.Low || y.High == x.Low))
        {
            var range = x.High == y.Low ? (x.Low, y.High) : (y.Low, x.High);
            return new CandidateRule(a.Property, FeatureBuilder.RangeCondition(a.Property, range.Item1, range.Item2), holds) { Range = range };
        }

        if (a.Members is { } left && b.Members is { } right)
        {
            IReadOnlyList<string> members = [.. left, .. right];
            return new CandidateRule(a.Property, $"{a.Property} in [{string.Join(", ", members)}]", holds) { Members = members };
        }

        // `or` binds loosest (docs/grammar.md), so the two conditions need no parentheses; they are added for reading.
        static string Part(string condition) => condition.Contains(" and ", StringComparison.Ordinal) ? $"({condition})" : condition;
        return new CandidateRule(a.Property, $"{Part(a.Condition)} or {Part(b.Condition)}", holds);
    }

    private static Dictionary<string, int> Count(IEnumerable<IReadOnlyList<CandidateRule>> features)
    {
        var bins = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var feature in features)
        {
            bins[feature[0].Property] = bins.GetValueOrDefault(feature[0].Property) + feature.Count;
        }

        return bins;
    }

    private static void Report(Dictionary<string, int> original, List<IReadOnlyList<CandidateRule>> current, int budget, ImmutableArray<string>.Builder warnings)
    {
        var now = Count(current);
        var merged = original.Where(p => now.TryGetValue(p.Key, out var n) && n < p.Value).Select(p => p.Key).ToList();
        var gone = original.Keys.Where(p => !now.ContainsKey(p)).ToList();
        if (merged.Count > 0)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"To stay within {budget} rules, bins whose points were closest were merged (the merges that cost the fit least): {string.Join(", ", merged)}."));
        }

        if (gone.Count > 0)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"Left out to stay within {budget} rules (merged into no points): {string.Join(", ", gone)}."));
        }
    }

    private sealed record Working(CandidateRule Bin, double Weight, double Curvature, bool HasRule, bool IsReference);
}
