using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ScoreLang.Cli.Infrastructure;
using ScoreLang.Evaluation;
using ScoreLang.Runtime.Building;

namespace ScoreLang.Cli.Commands;

/// <summary>
/// <c>scorelang history &lt;score files&gt; --data DIR --record ID --from DATE [--to DATE] [--every 1m]</c>: how one record's
/// score moved over time (S27). Every point is a full, retroactive evaluation as of that date (S26) on the compiled
/// path, so each value is exactly what <c>run --as-of</c> that day would give; tier changes are marked. A predictive
/// score (S30) shows its probability and priority, scored with the whole population as of each date.
/// </summary>
internal static class HistoryCommand
{
    private const int MaxPoints = 5000;

    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var data = CommonOptions.Data();
        var record = new Option<string>("--record") { Description = "The id of the record.", Required = true };
        var score = new Option<string?>("--score") { Description = "Only this score (default: every score of the record's type)." };
        var from = new Option<string>("--from") { Description = "The first date, YYYY-MM-DD.", Required = true };
        var to = new Option<string?>("--to") { Description = "The last date, YYYY-MM-DD (default: today)." };
        var every = new Option<string>("--every") { Description = "The step: a number and d (days), w (weeks) or m (months), e.g. 1w.", DefaultValueFactory = _ => "1m" };
        var format = CommonOptions.Format();
        var command = new Command("history", "Show how one record's score moved over time, evaluated as of each date.") { paths, data, record, score, from, to, every, format };
        command.SetAction(result => Run(
            result.GetValue(paths)!,
            result.GetValue(data)!,
            result.GetValue(record)!,
            result.GetValue(score),
            Dates(result.GetValue(from)!, result.GetValue(to), result.GetValue(every)!),
            result.GetValue(format),
            Console.Out,
            Console.Error));
        return command;
    }

    public static int Run(string[] paths, string dataPath, string recordId, string? scoreName, IReadOnlyList<DateTime> dates, OutputFormat format, TextWriter output, TextWriter errors)
    {
        var session = ScoringSession.Open(paths, dataPath, int.MaxValue, errors);
        if (session is null)
        {
            return ExitCodes.Failed;
        }

        var scores = scoreName is null ? [.. session.AllScores] : new[] { session.ScoreNamed(scoreName) };
        var histories = new List<(string Score, IReadOnlyList<ScoreResult> Points)>();
        foreach (var score in scores)
        {
            var row = session.RowOf(score.RecordTypeName, recordId);
            if (row < 0)
            {
                continue;
            }

            if (session.Program.FindPredictive(score.Name) is not null)
            {
                histories.Add((score.Name, PredictiveHistory.Points(session, score.Name, recordId, row, dates)));
                continue;
            }

            var record = RecordDataExtractor.Extract(session.Data, score.RecordTypeName, row);
            histories.Add((score.Name, [.. dates.Select(date => session.Model.Evaluate(score.Name, record, date))]));
        }

        if (histories.Count == 0)
        {
            var types = string.Join(" or ", scores.Select(s => s.RecordTypeName).Distinct(StringComparer.Ordinal));
            throw new UserErrorException($"No {types} record has the id '{recordId}'.");
        }

        if (format == OutputFormat.Json)
        {
            output.WriteLine(JsonSerializer.Serialize(histories.Select(h => new { score = h.Score, points = h.Points.Select(ToJson) }), CliJson.Options));
        }
        else
        {
            histories.ForEach(h => PrintText(output, recordId, h.Score, h.Points));
        }

        return ExitCodes.Success;
    }

    /// <summary>The dates from <paramref name="fromText"/> to <paramref name="toText"/> (inclusive) by the step.</summary>
    public static IReadOnlyList<DateTime> Dates(string fromText, string? toText, string everyText)
    {
        var from = GenerateCommand.ParseDate(fromText, "--from");
        var to = toText is null ? DateTime.UtcNow.Date : GenerateCommand.ParseDate(toText, "--to");
        if (to < from)
        {
            throw new UserErrorException($"--to {to:yyyy-MM-dd} is before --from {from:yyyy-MM-dd}.");
        }

        var (count, unit) = ParseStep(everyText);
        var dates = new List<DateTime>();
        for (var i = 0; ; i++)
        {
            var date = unit switch
            {
                'd' => from.AddDays((double)count * i),
                'w' => from.AddDays(7.0 * count * i),
                _ => from.AddMonths(count * i),
            };
            if (date > to)
            {
                break;
            }

            if (dates.Count == MaxPoints)
            {
                throw new UserErrorException($"That is more than {MaxPoints} dates: take a bigger step with --every.");
            }

            dates.Add(date);
        }

        return dates;
    }

    private static (int Count, char Unit) ParseStep(string text)
    {
        var unit = text.Length > 1 ? char.ToLowerInvariant(text[^1]) : '?';
        if (unit is 'd' or 'w' or 'm' && int.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0)
        {
            return (count, unit);
        }

        throw new UserErrorException($"--every '{text}' is not a step: write a number and d, w or m, e.g. 1d, 2w, 1m.");
    }

    private static void PrintText(TextWriter output, string recordId, string scoreName, IReadOnlyList<ScoreResult> points)
    {
        output.WriteLine($"{scoreName} for {recordId}:");
        for (var i = 0; i < points.Count; i++)
        {
            var point = points[i];
            // A predictive score's "Closed won" record is scored but has no probability (S30).
            var value = point.Score is { } v ? Math.Round(v, 2).ToString("0.##", CultureInfo.InvariantCulture) : point.IsScored ? "-" : "unscored";
            var change = i > 0 && ScoreHistory.FindTierChange(points[i - 1], point) is { } c
                ? $"  <- {c.FromTier ?? "no tier"} to {c.ToTier ?? "no tier"}"
                : string.Empty;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {point.AsOf:yyyy-MM-dd}  {value,9}  {point.Tier ?? "",-10}{change}").TrimEnd());
        }
    }

    private static object ToJson(ScoreResult point) => new
    {
        asOf = point.AsOf.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        scored = point.IsScored,
        score = point.Score,
        tier = point.Tier,
        groups = point.Groups.ToDictionary(g => g.Name, g => g.Value, StringComparer.Ordinal),
    };
}
