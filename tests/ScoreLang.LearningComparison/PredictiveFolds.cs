using System.Collections.Immutable;
using ScoreLang.Learning;
using ScoreLang.Predictive;
using ScoreLang.Runtime;

namespace ScoreLang.LearningComparison;

/// <summary>
/// The predictive score (S30) on the comparison's folds: for each held-out fold, <c>learn --predictive</c>'s whole
/// method (<see cref="PredictiveLearner"/>: inputs chosen, both candidates cross-validated and the winner picked, then
/// refitted) runs on the other four folds only, and the model file it writes is loaded and scores the held-out records,
/// each as of its own moment. Nothing of a held-out fold reaches its model, not even the choice of the algorithm.
/// </summary>
internal static class PredictiveFolds
{
    public static (HeldOut HeldOut, ImmutableArray<string> Chosen) Measure(
        ScoringData data, string recordType, Outcome outcome, int[] rows, int[] folds, long[] moments, IReadOnlySet<string> leftOut, int seed)
    {
        var aucs = new double[folds.Max() + 1];
        var probabilities = new double[rows.Length];
        var chosen = ImmutableArray.CreateBuilder<string>();
        for (var f = 0; f < aucs.Length; f++)
        {
            var train = rows.Where((_, i) => folds[i] != f).ToArray();
            var test = rows.Where((_, i) => folds[i] == f).ToArray();
            var learned = PredictiveLearner.Learn(data, recordType, outcome.Name, train, [.. train.Select(r => outcome.Values[r])], moments, leftOut, seed)
                ?? throw new ComparisonException($"{recordType}: no property or event type is left for the predictive score.");
            chosen.Add(learned.Manifest.Algorithm.ToString());
            var (_, predicted) = PredictiveLearner.Predict(learned, data, recordType, test, moments);
            // Ranked by the probability, the predictive score's value (not the raw output).
            aucs[f] = RankAuc.Compute([.. predicted.Select(p => (double)p)], [.. test.Select(r => outcome.Values[r])]);
            HeldOut.Place(probabilities, folds, f, predicted);
        }

        return (new HeldOut([.. aucs], [.. probabilities]), chosen.ToImmutable());
    }
}
