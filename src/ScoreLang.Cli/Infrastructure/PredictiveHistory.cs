using ScoreLang.Evaluation;
using ScoreLang.Runtime.Output;

namespace ScoreLang.Cli.Infrastructure;

/// <summary>
/// A predictive score's history for one record (S27 for S30 scores): its probability and priority as of each date.
/// A priority is a quarter of the records scored that day, so every date scores the whole batch, as
/// <c>run --as-of</c> that day would, and reads the one record out of it.
/// </summary>
internal static class PredictiveHistory
{
    /// <summary>One point per date: the probability as the score (null for "Closed won"), the priority as the tier.</summary>
    public static IReadOnlyList<ScoreResult> Points(ScoringSession session, string scoreName, string recordId, int row, IReadOnlyList<DateTime> dates)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(dates);
        var score = session.Program.FindPredictive(scoreName) ?? throw new ArgumentException($"'{scoreName}' is not a predictive score.", nameof(scoreName));
        var points = new List<ScoreResult>(dates.Count);
        foreach (var date in dates)
        {
            var output = ScoringOutput.Create([score.Output], session.Data);
            session.Predictive.Score(session.Data, date, output);
            var columns = output[scoreName];
            points.Add(new ScoreResult(scoreName, recordId, date, columns.IsScored(row), columns.ValueOf(row), null, null, columns.TierOf(row), []));
        }

        return points;
    }
}
