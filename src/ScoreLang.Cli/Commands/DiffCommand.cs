using System.CommandLine;
using System.Globalization;
using ScoreLang.Cli.Infrastructure;
using ScoreLang.Cli.Output;
using ScoreLang.Compiler;
using ScoreLang.Runtime.Comparison;
using ScoreLang.Runtime.Output;
using ScoreLang.Semantics;

namespace ScoreLang.Cli.Commands;

/// <summary>
/// <c>scorelang diff &lt;old&gt; &lt;new&gt; --data DIR [--as-of DATE] [--out changes.csv]</c>: the impact of a definition
/// change (S26). Both versions score the same data as of the same date; for every score they share, how many records
/// change band, the before/after band matrix and which records move. Scores only one version has are named. A predictive
/// score (S30) shows whether its model file changed (SHA-256 before and after), its priority crossings and its
/// probability changes per record.
/// </summary>
internal static class DiffCommand
{
    public static Command Create()
    {
        var before = new Argument<string>("old") { Description = "The earlier version: a .score file or a folder of them." };
        var after = new Argument<string>("new") { Description = "The changed version: a .score file or a folder of them." };
        var data = CommonOptions.Data();
        var asOf = CommonOptions.AsOf();
        var maxErrors = CommonOptions.MaxErrors();
        var output = new Option<string?>("--out") { Description = "Write every record that changes band to this .csv file." };
        var shown = new Option<int>("--show") { Description = "How many changed records to list per score.", DefaultValueFactory = _ => CrossingsReport.DefaultShown };
        var command = new Command("diff", "Show the impact of a score definition change: which records change band.") { before, after, data, asOf, maxErrors, output, shown };
        command.SetAction(result => Run(
            result.GetValue(before)!,
            result.GetValue(after)!,
            result.GetValue(data)!,
            CommonOptions.ParseAsOf(result.GetValue(asOf)),
            result.GetValue(maxErrors),
            result.GetValue(output),
            result.GetValue(shown),
            Console.Out,
            Console.Error));
        return command;
    }

    public static int Run(string beforePath, string afterPath, string dataPath, DateTime asOf, int maxErrors, string? outputPath, int shown, TextWriter output, TextWriter errors)
    {
        var oldCompilation = ModelLoader.Bind([beforePath], errors);
        var newCompilation = ModelLoader.Bind([afterPath], errors);
        if (oldCompilation.HasErrors || newCompilation.HasErrors)
        {
            return ExitCodes.Failed;
        }

        var after = ScoringSession.Open(newCompilation, dataPath, maxErrors, errors);
        var (oldPredictive, unloadable) = EarlierModels(oldCompilation.Program);
        var oldModel = ModelLoader.Compile(oldCompilation.Program);
        var newResults = after.Score(asOf);
        ScoringOutput oldResults;
        try
        {
            oldResults = ScoreEarlier(oldModel, oldPredictive, after.Data, asOf);
        }
        catch (ArgumentException)
        {
            // The versions declare different schemas: the old one reads the data its own way; records match by id.
            var before = ScoringSession.Open(oldCompilation, dataPath, maxErrors, TextWriter.Null, predictive: oldPredictive);
            oldResults = Realign(before.Score(asOf), before.Data, after.Data, after.AllScores.Select(s => s.Name));
        }

        var comparisons = new List<TierComparisonResult>();
        output.WriteLine($"Impact of {afterPath} against {beforePath}, as of {asOf:yyyy-MM-dd}:");
        foreach (var columns in newResults.Scores)
        {
            var predictive = after.Program.FindPredictive(columns.Name);
            var oldPredictiveScore = oldCompilation.Program.FindPredictive(columns.Name);
            if (predictive is not null && oldPredictiveScore is not null)
            {
                PredictiveChanges.PrintModel(output, oldPredictiveScore, predictive);
                if (unloadable.Length > 0)
                {
                    // Typically the model file was replaced in place: the earlier version's probabilities are gone (S30).
                    output.WriteLine($"    the earlier model cannot be used, so no records are compared: {unloadable}");
                    continue;
                }
            }

            if (!oldResults.TryGet(columns.Name, out var old) || old!.RecordTypeName != columns.RecordTypeName)
            {
                output.WriteLine($"  {columns.Name}: new score ({columns.RecordTypeName})");
                continue;
            }

            var ids = after.Data.RecordsOf(columns.RecordTypeName).Ids;
            var comparison = TierComparison.Compare(old, columns, ids);
            comparisons.Add(comparison);
            CrossingsReport.PrintOne(output, comparison, shown, predictive is null ? "change band" : "change priority", "--out");
            if (predictive is not null)
            {
                PredictiveChanges.PrintProbabilities(output, old, columns, ids, shown);
            }
        }

        foreach (var removed in oldResults.Scores.Where(s => !newResults.TryGet(s.Name, out _)))
        {
            output.WriteLine($"  {removed.Name}: removed");
        }

        if (outputPath is not null)
        {
            OutputFiles.WriteTransitions(outputPath, comparisons);
            output.WriteLine($"Wrote {outputPath}.");
        }

        return ExitCodes.Success;
    }

    /// <summary>
    /// The old version's results moved onto the new data's rows (matched by record id), for the scores both have; a
    /// record the old data lacks is unscored there.
    /// </summary>
    private static ScoringOutput Realign(ScoringOutput old, Runtime.ScoringData oldData, Runtime.ScoringData newData, IEnumerable<string> names)
    {
        var shared = old.Scores.Where(s => names.Contains(s.Name, StringComparer.Ordinal)).ToList();
        var aligned = ScoringOutput.Create(shared.Select(s => s.Score), newData);
        foreach (var source in shared)
        {
            var target = aligned[source.Name];
            var oldBatch = oldData.RecordsOf(source.RecordTypeName);
            var newIds = newData.RecordsOf(source.RecordTypeName).Ids;
            for (var row = 0; row < newIds.Length; row++)
            {
                var oldRow = oldBatch.RowOf(newIds[row]);
                if (oldRow < 0 || !source.IsScored(oldRow))
                {
                    continue;
                }

                target.Scored[row] = true;
                target.Values[row] = source.Values[oldRow];
                target.Tiers[row] = source.Tiers[oldRow];
                if (!source.HasValue(oldRow))
                {
                    target.ClearValue(row); // a predictive score's "Closed won" record has no probability (S30)
                }
            }
        }

        return aligned;
    }

    /// <summary>
    /// The earlier version's predictive models (S30). When one cannot be loaded (most often: the file beside it was
    /// replaced by the new model, so its hash no longer matches), its scores are left out and the reason is returned.
    /// </summary>
    private static (PredictiveRun Run, string Unloadable) EarlierModels(BoundProgram program)
    {
        using var reasons = new StringWriter(CultureInfo.InvariantCulture);
        if (PredictiveRun.Load(program, reasons) is { } run)
        {
            return (run, string.Empty);
        }

        var withoutPredictive = program with { Predictive = [] };
        return (PredictiveRun.Load(withoutPredictive, TextWriter.Null)!, reasons.ToString().Trim().ReplaceLineEndings(" "));
    }

    private static ScoringOutput ScoreEarlier(CompiledModel model, PredictiveRun predictive, Runtime.ScoringData data, DateTime asOf)
    {
        var results = predictive.CreateOutput(data);
        model.Run(data, asOf, results);
        predictive.Score(data, asOf, results);
        return results;
    }
}
