using ScoreLang.Runtime;
using ScoreLang.Runtime.Output;
using ScoreLang.Semantics;

namespace ScoreLang.Predictive;

/// <summary>
/// Scores a predictive score (S30) over a whole batch: the compiled gate score says which records are scored (S20) and
/// which are closed; the open ones are encoded and predicted in one ML.NET transform, their probability (0-100) is the
/// score's value and their priority the tier; a closed record gets "Closed won" and no probability.
/// </summary>
internal static class PredictiveScorer
{
    /// <summary>
    /// Fills <paramref name="target"/> (columns of <see cref="PredictiveScoreSymbol.Output"/>) from <paramref name="gate"/>
    /// (columns of <see cref="PredictiveScoreSymbol.Gate"/>: scored rows, 1 for closed ones). <paramref name="ignoreClosed"/>
    /// gives every scored record a probability (evaluate measures the model on history, where the end stage is the outcome).
    /// </summary>
    public static void Score(ScoringData data, DateTime asOf, PredictiveScoreSymbol score, PredictiveModel model, ScoreColumns gate, ScoreColumns target, bool ignoreClosed = false)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(score);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(gate);
        ArgumentNullException.ThrowIfNull(target);
        var open = new List<int>();
        for (var row = 0; row < gate.Count; row++)
        {
            target.Scored[row] = gate.IsScored(row);
            if (!gate.IsScored(row))
            {
                continue;
            }

            if (!ignoreClosed && gate.Values[row] > 0)
            {
                target.Tiers[row] = PredictiveScoreSymbol.ClosedWonTier;
                target.ClearValue(row);
            }
            else
            {
                open.Add(row);
            }
        }

        var vectors = FeatureEncoder.Encode(data, score.RecordTypeName, model.Manifest.Inputs, open, asOf);
        var (_, probabilities) = model.Predict(vectors);
        var percent = probabilities.Select(p => Math.Round(p * 100.0, 2)).ToArray();
        var tiers = PriorityTiers.Assign(percent);
        for (var i = 0; i < open.Count; i++)
        {
            target.Values[open[i]] = percent[i];
            target.Tiers[open[i]] = tiers[i];
        }
    }
}
