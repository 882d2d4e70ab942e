using System.Globalization;
using ScoreLang.Learning;

namespace ScoreLang.Cli.Output;

/// <summary>The calibration table of a probability score in <c>evaluate</c> (S30): log-loss, then predicted against observed per decile.</summary>
internal static class CalibrationPrinter
{
    public static void Print(TextWriter output, CalibrationReport calibration)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  calibration: log-loss {calibration.LogLoss:0.000}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"decile",-8} {"records",9} {"predicted",10} {"observed",9}"));
        foreach (var bin in calibration.Deciles)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {bin.Decile,-8} {bin.Records,9} {bin.Predicted,10:P1} {bin.Observed,9:P1}"));
        }
    }

    public static object ToJson(CalibrationReport calibration) => new
    {
        logLoss = double.IsNaN(calibration.LogLoss) ? (double?)null : calibration.LogLoss,
        deciles = calibration.Deciles.Select(b => new { decile = b.Decile, records = b.Records, predicted = b.Predicted, observed = b.Observed }),
    };
}
