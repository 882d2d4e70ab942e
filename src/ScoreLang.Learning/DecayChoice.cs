namespace ScoreLang.Learning;

/// <summary>
/// Chooses learned decay (S17-S19): for each event type, the decayed rule (<see cref="EventDecays"/>) that raises the
/// cross-validated AUC of the regression most, measured by an inner three-fold cross-validation on the training rows
/// only, beside the type's counts and 30/90-day windows. A decay that does not raise it by at least a thousandth is
/// not kept, so a file only says "decay" where the data shows that older events count for less.
/// </summary>
internal static class DecayChoice
{
    private const int InnerFolds = 3;
    private const double MinimumGain = 0.001;

    public static List<IReadOnlyList<CandidateRule>> Choose(
        List<IReadOnlyList<CandidateRule>> candidates,
        IReadOnlyList<(string EventType, IReadOnlyList<IReadOnlyList<CandidateRule>> Options)> decays,
        int[] train,
        Outcome outcome,
        LearnOptions options)
    {
        if (decays.Count == 0)
        {
            return candidates;
        }

        var folds = StratifiedFolds.Assign(train, outcome, options with { Folds = InnerFolds });
        var baseline = Auc(candidates, train, folds, outcome);
        var chosen = new List<IReadOnlyList<CandidateRule>>(candidates);
        foreach (var (_, decayed) in decays)
        {
            IReadOnlyList<CandidateRule>? best = null;
            var bestAuc = baseline + MinimumGain;
            foreach (var option in decayed)
            {
                var auc = Auc([.. candidates, option], train, folds, outcome);
                if (auc > bestAuc)
                {
                    (best, bestAuc) = (option, auc);
                }
            }

            if (best is not null)
            {
                chosen.Add(best);
            }
        }

        return chosen;
    }

    private static double Auc(IReadOnlyList<IReadOnlyList<CandidateRule>> features, int[] train, int[] folds, Outcome outcome)
    {
        var design = Design.From(features, outcome.Count);
        var total = 0.0;
        for (var f = 0; f < InnerFolds; f++)
        {
            var fit = train.Where((_, i) => folds[i] != f).ToArray();
            var test = train.Where((_, i) => folds[i] == f).ToArray();
            var weights = design.Fit(fit, outcome);
            total += RankAuc.Compute([.. test.Select(r => design.Predictor(weights, r))], [.. test.Select(r => outcome.Values[r])]);
        }

        return total / InnerFolds;
    }
}
