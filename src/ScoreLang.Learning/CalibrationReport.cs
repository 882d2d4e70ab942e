using System.Collections.Immutable;
using ScoreLang.Runtime.Output;

namespace ScoreLang.Learning;

/// <summary>
/// How well a probability score's values (0-100, S30) match what happened: the log-loss, and the records in ten equal
/// groups by predicted probability (deciles, lowest first) with their mean prediction and observed conversion rate. A
/// calibrated score has the two close in every decile; the AUC only says whether the order is right.
/// </summary>
public sealed record CalibrationReport(double LogLoss, ImmutableArray<CalibrationBin> Deciles)
{
    /// <summary>Probabilities are clipped to [Epsilon, 1 - Epsilon] for the log-loss, as ML.NET and scikit-learn do.</summary>
    public const double Epsilon = 1e-15;

    /// <summary>Over the records with a value and a known outcome.</summary>
    public static CalibrationReport Compute(ScoreColumns columns, Outcome outcome)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(outcome);
        var pairs = Enumerable.Range(0, columns.Count)
            .Where(row => outcome.Known[row] && columns.HasValue(row))
            .Select(row => (Predicted: Math.Clamp(columns.Values[row] / 100.0, 0, 1), Observed: outcome.Values[row]))
            .OrderBy(p => p.Predicted)
            .ToArray();
        if (pairs.Length == 0)
        {
            return new CalibrationReport(double.NaN, []);
        }

        var logLoss = pairs.Average(p =>
        {
            var q = Math.Clamp(p.Predicted, Epsilon, 1 - Epsilon);
            return -(p.Observed ? Math.Log(q) : Math.Log(1 - q));
        });
        var deciles = ImmutableArray.CreateBuilder<CalibrationBin>();
        for (var d = 0; d < 10; d++)
        {
            var from = pairs.Length * d / 10;
            var to = pairs.Length * (d + 1) / 10;
            if (to > from)
            {
                var bin = pairs[from..to];
                deciles.Add(new CalibrationBin(d + 1, bin.Length, bin.Average(p => p.Predicted), bin.Average(p => p.Observed ? 1.0 : 0.0)));
            }
        }

        return new CalibrationReport(logLoss, deciles.ToImmutable());
    }
}

/// <summary>One decile: its number (1 = lowest predictions), records, mean predicted probability and observed rate (0-1).</summary>
public sealed record CalibrationBin(int Decile, int Records, double Predicted, double Observed);
