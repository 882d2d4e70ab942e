using System.CommandLine;
using System.Globalization;
using ScoreLang.Cli.Infrastructure;
using ScoreLang.Cli.Output;
using ScoreLang.Evaluation;

namespace ScoreLang.Cli.Commands;

/// <summary>
/// <c>scorelang explain &lt;score files&gt; --data DIR --record ID [--score NAME] [--as-of DATE]</c>: one record's score, rule by
/// rule (S28): what matched, how many occurrences, original and decayed points, each group before and after its limit,
/// the total and the tier; for a predictive score (S30), each input's contribution to the model's output.
/// </summary>
internal static class ExplainCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var data = CommonOptions.Data();
        var asOf = CommonOptions.AsOf();
        var record = new Option<string>("--record") { Description = "The id of the record to explain.", Required = true };
        var score = new Option<string?>("--score") { Description = "Explain only this score (default: every score of the record's type)." };
        var command = new Command("explain", "Explain one record's scores rule by rule.") { paths, data, asOf, record, score };
        command.SetAction(result => Run(
            result.GetValue(paths)!, result.GetValue(data)!, CommonOptions.ParseAsOf(result.GetValue(asOf)), result.GetValue(record)!, result.GetValue(score), Console.Out, Console.Error));
        return command;
    }

    public static int Run(string[] paths, string dataPath, DateTime asOf, string recordId, string? scoreName, TextWriter output, TextWriter errors)
    {
        var compilation = ModelLoader.Bind(paths, errors);
        if (compilation.HasErrors)
        {
            return ExitCodes.Failed;
        }

        var program = compilation.Program;
        var scores = program.Scores.Where(s => scoreName is null || s.Name == scoreName).ToList();
        var predictiveScores = program.Predictive.Where(s => scoreName is null || s.Name == scoreName).ToList();
        if (scores.Count == 0 && predictiveScores.Count == 0)
        {
            throw new UserErrorException($"There is no score '{scoreName}'. Scores: {string.Join(", ", program.Scores.Select(s => s.Name).Concat(program.Predictive.Select(s => s.Name)))}.");
        }

        // S30: the model files are checked before any data is read.
        var predictive = PredictiveRun.Load(program, errors);
        if (predictive is null)
        {
            return ExitCodes.Failed;
        }

        var loaded = DataLoading.Load(program.Schema, dataPath, int.MaxValue, errors);
        var model = ModelLoader.Compile(program);
        var explained = PredictiveExplanation.Print(output, predictive, predictiveScores, loaded.Data, recordId, asOf);
        foreach (var score in scores)
        {
            if (Array.IndexOf(loaded.Data.RecordsOf(score.RecordTypeName).Ids, recordId) < 0)
            {
                continue;
            }

            Print(output, model.Explain(loaded.Data, score.Name, recordId, asOf));
            explained++;
        }

        if (explained == 0)
        {
            var types = scores.Select(s => s.RecordTypeName).Concat(predictiveScores.Select(s => s.RecordTypeName)).Distinct(StringComparer.Ordinal);
            throw new UserErrorException($"No {string.Join(" or ", types)} record has the id '{recordId}'.");
        }

        return ExitCodes.Success;
    }

    private static void Print(TextWriter output, ScoreResult result)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.ScoreName} for {result.RecordId} as of {result.AsOf:yyyy-MM-dd HH:mm}Z"));
        if (!result.IsScored)
        {
            output.WriteLine("  not scored: the record is excluded (its score properties stay empty, S20)");
            return;
        }

        foreach (var group in result.Groups)
        {
            var limit = group.LimitReached ? "  (limit reached)" : string.Empty;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  group {group.Name}: {Format(group.RawTotal)} -> {Format(group.Value)}{limit}"));
            // Rules met first, then the rules not met (S28: "which rules it meets and which it does not").
            foreach (var rule in group.Rules.OrderBy(r => r.Matched ? 0 : 1))
            {
                var line = rule.Rule.Location.LineSpan.Start.Line + 1;
                output.WriteLine(rule.Matched
                    ? string.Create(CultureInfo.InvariantCulture, $"    {Format(rule.Points),8}  {rule.Rule.Text}  (x{rule.Occurrences}, {Format(rule.RawPoints)} before decay; line {line})")
                    : string.Create(CultureInfo.InvariantCulture, $"    {"-",8}  {rule.Rule.Text}  (not met; line {line})"));
            }
        }

        if (result.Engagement is not null)
        {
            output.WriteLine($"  engagement {Format(result.Engagement.Value)}, fit {Format(result.Fit ?? 0)}");
        }

        output.WriteLine($"  score {Format(result.Score ?? 0)}, tier {result.Tier ?? "(none)"}");
    }

    private static string Format(double value) => Math.Round(value, 4).ToString("0.####", CultureInfo.InvariantCulture);
}
