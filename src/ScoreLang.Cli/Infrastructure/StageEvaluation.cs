using ScoreLang.Compiler;
using ScoreLang.Learning;
using ScoreLang.Learning.Stages;
using ScoreLang.Runtime;
using ScoreLang.Runtime.Output;
using ScoreLang.Semantics;

namespace ScoreLang.Cli.Infrastructure;

/// <summary>
/// <c>--outcome "mql -> won within 90 days"</c> for <c>evaluate</c> and <c>learn</c> (S29): the outcome of each record
/// from its dated stage changes, and its score as of the moment it entered the start stage, computed on a
/// point-in-time copy of the data so that no later event or date can reach it.
/// </summary>
internal static class StageEvaluation
{
    /// <summary>The stage transition written in an <c>--outcome</c>, or null when it names a bool property.</summary>
    public static StageTransition? Parse(string outcome)
    {
        try
        {
            return StageTransition.TryParse(outcome);
        }
        catch (LearningException e)
        {
            throw new UserErrorException(e.Message, e);
        }
    }

    /// <summary>The outcome over one record type and that type's records as each stood when it entered the start stage.</summary>
    public static (StageOutcome Outcome, ScoringData PointInTime) Prepare(ScoringData data, string recordType, StageTransition transition, DateTime? asOf)
    {
        try
        {
            var outcome = StageOutcome.Build(data, recordType, transition, asOf);
            return (outcome, PointInTimeData.Build(data, recordType, outcome.ScoringTicks));
        }
        catch (LearningException e)
        {
            throw new UserErrorException(e.Message, e);
        }
    }

    /// <summary>
    /// Every score (or the one named) on a record type that has the start stage, each against the transition; a predictive
    /// score (S30) also gets its calibration.
    /// </summary>
    public static List<(OutcomeReport Report, CalibrationReport? Calibration)> Evaluate(ScoringSession session, StageTransition transition, string? scoreName, DateTime? asOf)
    {
        var scores = scoreName is null
            ? [.. session.AllScores.Where(s => HasStage(session.Data, s.RecordTypeName, transition.Start))]
            : new[] { session.ScoreNamed(scoreName) };
        if (scores.Length == 0)
        {
            throw new UserErrorException($"No scored record type has an event type or date property '{transition.Start}' for the start stage (see docs/learned-scores.md, \"Stage outcomes\").");
        }

        var reports = new List<(OutcomeReport Report, CalibrationReport? Calibration)>();
        foreach (var type in scores.GroupBy(s => s.RecordTypeName, StringComparer.Ordinal))
        {
            var (outcome, pointInTime) = Prepare(session.Data, type.Key, transition, asOf);
            foreach (var score in type)
            {
                var predictive = session.Program.FindPredictive(score.Name);
                var columns = predictive is null
                    ? ScoreEach(session.Model, pointInTime, score, outcome)
                    : PredictiveStageEvaluation.ScoreEach(session, pointInTime, predictive, outcome);
                reports.Add((OutcomeEvaluator.Evaluate(columns, outcome.Outcome), predictive is null ? null : CalibrationReport.Compute(columns, outcome.Outcome)));
            }
        }

        // In the program's order, as for a bool outcome.
        return [.. reports.OrderBy(r => Array.FindIndex(scores, s => s.Name == r.Report.ScoreName))];
    }

    /// <summary>
    /// Scores each record with a known outcome at its own evaluation date: the moment it entered the start stage. Rows are
    /// scored one at a time, in order, so no two calls share a word of the output bitmaps.
    /// </summary>
    public static ScoreColumns ScoreEach(CompiledModel model, ScoringData pointInTime, ScoreSymbol score, StageOutcome outcome)
    {
        var columns = ScoringOutput.Create([score], pointInTime)[score.Name];
        var range = model[score.Name].Range;
        for (var row = 0; row < columns.Count; row++)
        {
            if (outcome.Outcome.Known[row])
            {
                range(pointInTime, columns, row, row + 1, outcome.ScoringTicks[row]);
            }
        }

        return columns;
    }

    private static bool HasStage(ScoringData data, string recordType, string stage) =>
        (data.Events.TryGetValue(stage, out var events) && events.RecordTypeName == recordType)
        || data.RecordsOf(recordType).RecordType.FindProperty(stage)?.Type.Kind is DataKind.Date or DataKind.DateTime;
}
