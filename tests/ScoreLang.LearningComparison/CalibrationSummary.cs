using System.Collections.Immutable;
using ScoreLang.Learning;

namespace ScoreLang.LearningComparison;

/// <summary>
/// How well held-out probabilities match what happened, over every record of a data set: the log-loss (nats, clipped as
/// <see cref="CalibrationReport"/> clips it), the records in ten equal groups by predicted probability (deciles, as
/// <c>scorelang evaluate</c> makes them) and the expected calibration error: the records-weighted mean distance between
/// a decile's mean prediction and its observed rate. A calibrated model has an error near 0; the AUC cannot tell.
/// </summary>
internal sealed record CalibrationSummary(double LogLoss, double ExpectedError, ImmutableArray<CalibrationBin> Deciles)
{
    public static CalibrationSummary From(IReadOnlyList<double> probabilities, IReadOnlyList<bool> outcomes)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        ArgumentNullException.ThrowIfNull(outcomes);
        if (probabilities.Count != outcomes.Count || probabilities.Count == 0)
        {
            throw new ArgumentException("Every probability needs an outcome, and there must be some.", nameof(outcomes));
        }

        var pairs = probabilities.Select((p, i) => (Predicted: Math.Clamp(p, 0, 1), Observed: outcomes[i])).OrderBy(p => p.Predicted).ToArray();
        var logLoss = pairs.Average(p =>
        {
            var q = Math.Clamp(p.Predicted, CalibrationReport.Epsilon, 1 - CalibrationReport.Epsilon);
            return -(p.Observed ? Math.Log(q) : Math.Log(1 - q));
        });
        var deciles = ImmutableArray.CreateBuilder<CalibrationBin>();
        for (var d = 0; d < 10; d++)
        {
            var bin = pairs[(pairs.Length * d / 10)..(pairs.Length * (d + 1) / 10)];
            if (bin.Length > 0)
            {
                deciles.Add(new CalibrationBin(d + 1, bin.Length, bin.Average(p => p.Predicted), bin.Average(p => p.Observed ? 1.0 : 0.0)));
            }
        }

        var error = deciles.Sum(b => b.Records * Math.Abs(b.Predicted - b.Observed)) / pairs.Length;
        return new CalibrationSummary(logLoss, error, deciles.ToImmutable());
    }
}
