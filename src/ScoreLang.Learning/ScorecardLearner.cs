using System.Collections.Immutable;
using System.Globalization;
using ScoreLang.Runtime;

namespace ScoreLang.Learning;

/// <summary>
/// Learns an integer-point score from records, their events and an outcome (S29): every property becomes exhaustive
/// bins and every event type counts and recency bins (<see cref="EventFeatureBuilder"/>) and, where it helps, a decayed
/// rule (<see cref="DecayChoice"/>), a regularised logistic
/// regression weighs the bins, and the weights become points that add up to at most the limit (<see cref="Scorecard"/>). Quality is measured by stratified k-fold cross-validation with a fixed seed, on the
/// rounded points exactly as the score file will compute them, beside the unrounded regression on the same bins.
/// </summary>
public static class ScorecardLearner
{
    /// <summary>From the records' properties alone.</summary>
    public static LearnedScore Learn(RecordBatch records, Outcome outcome, LearnOptions options) => Learn(records, outcome, options, history: null);

    /// <summary>
    /// From the properties and the events of <paramref name="recordType"/>'s records in <paramref name="data"/>, each
    /// record's events counted as of its own moment (<paramref name="moments"/>, UTC ticks per row).
    /// </summary>
    public static LearnedScore Learn(ScoringData data, string recordType, Outcome outcome, long[] moments, LearnOptions options)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Learn(data.RecordsOf(recordType), outcome, options, new EventHistory(data, moments));
    }

    private static LearnedScore Learn(RecordBatch records, Outcome outcome, LearnOptions options, EventHistory? history)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(options);
        var rows = StratifiedFolds.KnownRows(outcome);
        var converted = rows.Count(r => outcome.Values[r]);
        if (rows.Length < LearnOptions.MinimumRecords || converted < LearnOptions.MinimumConversions || rows.Length - converted < LearnOptions.MinimumConversions)
        {
            throw new LearningException(string.Create(CultureInfo.InvariantCulture,
                $"{rows.Length} records with a known '{outcome.Name}', {converted} converted: learning needs at least {LearnOptions.MinimumRecords} records and {LearnOptions.MinimumConversions} of each outcome."));
        }

        var warnings = ImmutableArray.CreateBuilder<string>();
        var leftOut = new HashSet<string>(options.Exclude, StringComparer.Ordinal) { outcome.Name };
        var minimumSupport = Math.Max(10, rows.Length / 200);
        var events = history is null ? [] : EventFeatureBuilder.Build(history.Data, records.Name, history.Moments, leftOut, minimumSupport);
        var decays = history is null ? [] : EventDecays.Build(history.Data, records.Name, history.Moments, leftOut, minimumSupport);
        var candidates = FeatureBuilder.Build(records, leftOut, minimumSupport).Concat(events)
            .Where(bins => !IsLeak(bins, rows, outcome, options, warnings)).ToList();
        if (candidates.Count == 0)
        {
            throw new LearningException("No property or event type of the records is usable: each one is unknown or the same almost everywhere, a leak, or excluded.");
        }

        var folds = StratifiedFolds.Assign(rows, outcome, options);
        var foldAucs = new List<double>();
        var regressionAucs = new List<double>();
        for (var f = 0; f < options.Folds; f++)
        {
            var train = rows.Where((_, i) => folds[i] != f).ToArray();
            var test = rows.Where((_, i) => folds[i] == f).ToArray();
            // Every step that looks at outcomes sees the training fold's only (the monotonic merge included), so the
            // held-out figure is honest.
            var full = Design.From(DecayChoice.Choose(Monotonic(candidates, train, outcome), decays, train, outcome, options), records.Count);
            var weights = full.Fit(train, outcome);
            // The budget is part of learning: the held-out figure is of a file cut to the budget, as the written one is.
            var (cut, _, points) = RuleBudget.Fit(full, weights, train, outcome, options, ImmutableArray.CreateBuilder<string>());
            var labels = test.Select(r => outcome.Values[r]).ToArray();
            foldAucs.Add(RankAuc.Compute([.. test.Select(r => (double)Scorecard.Total(cut, points, r, options.Limit))], labels));
            regressionAucs.Add(RankAuc.Compute([.. test.Select(r => full.Predictor(weights, r))], labels));
        }

        var features = DecayChoice.Choose(Monotonic(candidates, rows, outcome), decays, rows, outcome, options);
        var unmerged = Design.From(features, records.Count);
        var (design, _, finalPoints) = RuleBudget.Fit(unmerged, unmerged.Fit(rows, outcome), rows, outcome, options, warnings);
        var totals = rows.Select(r => Scorecard.Total(design, finalPoints, r, options.Limit)).ToArray();
        var bands = Thresholds.FromData(totals, [.. rows.Select(r => outcome.Values[r])], options.Limit, warnings);
        var rules = design.Bins.Select((bin, j) => new LearnedRule(bin.Property, bin.Condition, finalPoints[j]) { IsEvent = bin.IsEvent, Decay = bin.Decay }).Where(r => r.Points != 0).ToImmutableArray();
        var heldOut = rows.Where((_, i) => folds[i] == options.Folds - 1).ToArray();
        var tests = HeldOutTests.Pick(records, design, finalPoints, bands, heldOut, design.Bins.Where(b => !b.IsEvent).Select(b => b.Property).Distinct(), history);
        return new LearnedScore(records.Name, outcome.Name, rows.Length, converted, options.Limit, rules, bands, [.. foldAucs], [.. regressionAucs], warnings.ToImmutable(), tests)
        {
            OutcomeNotes = outcome.Notes,
        };
    }

    private static List<IReadOnlyList<CandidateRule>> Monotonic(List<IReadOnlyList<CandidateRule>> candidates, int[] rows, Outcome outcome) =>
        [.. candidates.Select(bins => MonotonicBins.Merge(bins, rows, outcome))];

    /// <summary>A property that alone ranks the outcome almost perfectly is most likely filled in after it.</summary>
    private static bool IsLeak(IReadOnlyList<CandidateRule> bins, int[] rows, Outcome outcome, LearnOptions options, ImmutableArray<string>.Builder warnings)
    {
        var rates = bins.Select(b => rows.Where(r => b.Holds[r]).DefaultIfEmpty().Average(r => outcome.Values[r] ? 1.0 : 0.0)).ToArray();
        var score = rows.Select(r => bins.Select((b, i) => b.Holds[r] ? rates[i] : 0).Sum()).ToArray();
        var auc = RankAuc.Compute(score, [.. rows.Select(r => outcome.Values[r])]);
        if (auc < options.LeakAuc)
        {
            return false;
        }

        warnings.Add(string.Create(CultureInfo.InvariantCulture, $"'{bins[0].Property}' was left out: alone it predicts '{outcome.Name}' almost perfectly (AUC {auc:0.000}), so it is most likely filled in after the outcome."));
        return true;
    }
}
