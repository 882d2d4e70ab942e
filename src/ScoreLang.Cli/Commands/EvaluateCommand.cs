using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ScoreLang.Cli.Infrastructure;
using ScoreLang.Cli.Output;
using ScoreLang.Learning;
using ScoreLang.Runtime;

namespace ScoreLang.Cli.Commands;

/// <summary>
/// <c>scorelang evaluate &lt;score files&gt; --data DIR --outcome OUTCOME [--score NAME] [--as-of DATE]</c>: how well each
/// score predicts an observed outcome, a bool (or 0/1 number) property of its records or a stage transition
/// (<see cref="StageEvaluation"/>): AUC, conversion rate and lift per band and per quartile, the unscored records apart,
/// and a warning when bands are out of order.
/// </summary>
internal static class EvaluateCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var data = CommonOptions.Data();
        var asOf = CommonOptions.AsOf();
        var maxErrors = CommonOptions.MaxErrors();
        var outcome = new Option<string>("--outcome") { Description = "The outcome: a bool (or 0/1 number) property of the scored records, e.g. converted, or a stage transition, e.g. \"mql -> won within 90 days\".", Required = true };
        var score = new Option<string?>("--score") { Description = "Only this score (default: every score of a record type with that property)." };
        var format = CommonOptions.Format();
        var command = new Command("evaluate", "Measure how well scores predict an observed outcome (AUC, conversion and lift per band).")
        {
            paths, data, asOf, maxErrors, outcome, score, format,
        };
        command.SetAction(result => Run(
            result.GetValue(paths)!, result.GetValue(data)!, CommonOptions.ParseAsOf(result.GetValue(asOf)), result.GetValue(maxErrors),
            result.GetValue(outcome)!, result.GetValue(score), result.GetValue(format), Console.Out, Console.Error, asOfGiven: result.GetValue(asOf) is not null));
        return command;
    }

    public static int Run(string[] paths, string dataPath, DateTime asOf, int maxErrors, string outcomeName, string? scoreName, OutputFormat format, TextWriter output, TextWriter errors, bool asOfGiven = true)
    {
        var session = ScoringSession.Open(paths, dataPath, maxErrors, errors);
        if (session is null)
        {
            return ExitCodes.Failed;
        }

        // A stage transition is measured as of each record's own start-stage moment; the as-of date then only ends
        // the time frames (censoring), and defaults to the data's latest date rather than now.
        List<(OutcomeReport Report, CalibrationReport? Calibration)> reports = StageEvaluation.Parse(outcomeName) is { } stage
            ? StageEvaluation.Evaluate(session, stage, scoreName, asOfGiven ? asOf : null)
            : PropertyReports(session, outcomeName, scoreName, asOf);
        if (format == OutputFormat.Json)
        {
            output.WriteLine(JsonSerializer.Serialize(reports.Select(r => ToJson(r.Report, r.Calibration)), CliJson.Options));
        }
        else
        {
            foreach (var (report, calibration) in reports)
            {
                PrintText(output, report);
                if (calibration is not null)
                {
                    CalibrationPrinter.Print(output, calibration);
                }
            }
        }

        return ExitCodes.Success;
    }

    private static List<(OutcomeReport Report, CalibrationReport? Calibration)> PropertyReports(ScoringSession session, string outcomeName, string? scoreName, DateTime asOf)
    {
        var scores = scoreName is null
            ? [.. session.AllScores.Where(s => session.Data.RecordsOf(s.RecordTypeName).RecordType.FindProperty(outcomeName) is not null)]
            : new[] { session.ScoreNamed(scoreName) };
        if (scores.Length == 0)
        {
            throw new UserErrorException($"No scored record type has a property '{outcomeName}': give the outcome as a bool property of the records, or a stage transition such as \"mql -> won within 90 days\" (see docs/cli.md).");
        }

        // S30: a predictive score is measured on every scored record, closed ones too: in history the end stage is the outcome.
        var results = session.Score(asOf, ignoreClosed: true);
        return [.. scores.Select(s =>
        {
            var outcome = OutcomeOf(session.Data.RecordsOf(s.RecordTypeName), outcomeName);
            // S30: a probability score also gets its calibration (log-loss and predicted against observed per decile).
            var calibration = session.Program.FindPredictive(s.Name) is null ? null : CalibrationReport.Compute(results[s.Name], outcome);
            return (OutcomeEvaluator.Evaluate(results[s.Name], outcome), calibration);
        })];
    }

    private static Outcome OutcomeOf(RecordBatch records, string name) =>
        records.RecordType.FindProperty(name) is null
            ? throw new UserErrorException($"Record type '{records.Name}' has no property '{name}' to use as the outcome.")
            : OutcomeReader.Read(records, name);

    private static void PrintText(TextWriter output, OutcomeReport report)
    {
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{report.ScoreName} against {report.OutcomeName}: AUC {report.Auc:0.000} over {report.Evaluated} scored records, {report.Converted} converted ({report.Rate:P1}){(report.UnknownOutcome > 0 ? $"; {report.UnknownOutcome} with an unknown outcome left out" : "")}"));
        PrintGroups(output, "band", report.Bands);
        PrintGroups(output, "quartile", report.Quartiles);
        if (report.Unscored is { } unscored)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  unscored (excluded, S20): {unscored.Records} records, {unscored.Rate:P1} converted"));
        }

        foreach (var note in report.Notes)
        {
            output.WriteLine($"  note: {note}");
        }

        foreach (var warning in report.Warnings)
        {
            output.WriteLine($"  warning: {warning}");
        }
    }

    private static void PrintGroups(TextWriter output, string title, IEnumerable<OutcomeGroup> groups)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {title,-12} {"scores",-15} {"records",9} {"converted",10} {"rate",8} {"lift",6}"));
        foreach (var group in groups)
        {
            var range = group.Records == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{group.From:0.##}..{group.To:0.##}");
            var rate = group.Records == 0 ? "-" : group.Rate.ToString("P1", CultureInfo.InvariantCulture);
            var lift = double.IsNaN(group.Lift) ? "-" : group.Lift.ToString("0.00", CultureInfo.InvariantCulture);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {group.Label,-12} {range,-15} {group.Records,9} {group.Converted,10} {rate,8} {lift,6}"));
        }
    }

    private static object ToJson(OutcomeReport report, CalibrationReport? calibration) => new
    {
        score = report.ScoreName,
        outcome = report.OutcomeName,
        records = report.Records,
        evaluated = report.Evaluated,
        converted = report.Converted,
        unknownOutcome = report.UnknownOutcome,
        auc = double.IsNaN(report.Auc) ? (double?)null : report.Auc,
        bands = report.Bands.Select(GroupJson),
        quartiles = report.Quartiles.Select(GroupJson),
        unscored = report.Unscored is { } u ? GroupJson(u) : null,
        notes = report.Notes,
        warnings = report.Warnings,
        calibration = calibration is null ? null : CalibrationPrinter.ToJson(calibration),
    };

    private static object GroupJson(OutcomeGroup group) => new
    {
        label = group.Label,
        records = group.Records,
        converted = group.Converted,
        rate = group.Records == 0 ? (double?)null : group.Rate,
        lift = double.IsNaN(group.Lift) ? (double?)null : group.Lift,
    };
}
