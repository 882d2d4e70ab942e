using ScoreLang.Learning.Stages;
using ScoreLang.Predictive;
using ScoreLang.Runtime;
using ScoreLang.Runtime.Output;
using ScoreLang.Semantics;

namespace ScoreLang.Cli.Infrastructure;

/// <summary>
/// A predictive score (S30) measured against a stage transition (S29): each record with a known outcome is scored as of
/// the moment it entered the start stage, on the point-in-time copy of the data, exactly as <c>learn --predictive</c>
/// encoded it when learning. Which records are scored is the score's own filters (S20), tested per record at that
/// moment; closed records get a probability too, as evaluate measures models on history.
/// </summary>
internal static class PredictiveStageEvaluation
{
    public static ScoreColumns ScoreEach(ScoringSession session, ScoringData pointInTime, PredictiveScoreSymbol score, StageOutcome outcome)
    {
        var gate = score.Gate;
        var gates = StageEvaluation.ScoreEach(ModelLoader.Compile(new BoundProgram(session.Program.Schema, [gate])), pointInTime, gate, outcome);
        var columns = ScoringOutput.Create([score.Output], pointInTime)[score.Name];
        var rows = Enumerable.Range(0, columns.Count).Where(r => outcome.Outcome.Known[r] && gates.IsScored(r)).ToArray();
        var model = session.Predictive.ModelOf(score.Name);
        var probabilities = model.Predict(FeatureEncoder.Encode(pointInTime, score.RecordTypeName, model.Manifest.Inputs, rows, outcome.ScoringTicks)).Probability;
        var percent = probabilities.Select(p => Math.Round(p * 100.0, 2)).ToArray();
        var tiers = PriorityTiers.Assign(percent);
        for (var i = 0; i < rows.Length; i++)
        {
            columns.Scored[rows[i]] = true;
            columns.Values[rows[i]] = percent[i];
            columns.Tiers[rows[i]] = tiers[i];
        }

        return columns;
    }
}
