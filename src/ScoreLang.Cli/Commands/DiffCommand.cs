using System.CommandLine;
using ScoreLang.Cli.Infrastructure;
using ScoreLang.Cli.Output;
using ScoreLang.Runtime.Comparison;
using ScoreLang.Runtime.Output;

namespace ScoreLang.Cli.Commands;

/// <summary>
/// <c>scorelang diff &lt;old&gt; &lt;new&gt; --data DIR [--as-of DATE] [--out changes.csv]</c>: the impact of a definition
/// change (S26). Both versions score the same data as of the same date; for every score they share, how many records
/// change band, the before/after band matrix and which records move. Scores only one version has are named.
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
        var oldModel = ModelLoader.Compile(oldCompilation.Program);
        var newResults = after.Model.Run(after.Data, asOf);
        ScoringOutput oldResults;
        try
        {
            oldResults = oldModel.Run(after.Data, asOf);
        }
        catch (ArgumentException)
        {
            // The versions declare different schemas: the old one reads the data its own way; records match by id.
            var before = ScoringSession.Open(oldCompilation, dataPath, maxErrors, TextWriter.Null);
            oldResults = Realign(before.Model.Run(before.Data, asOf), before.Data, after.Data, after.Model.Program.Scores.Select(s => s.Name));
        }

        var comparisons = new List<TierComparisonResult>();
        output.WriteLine($"Impact of {afterPath} against {beforePath}, as of {asOf:yyyy-MM-dd}:");
        foreach (var columns in newResults.Scores)
        {
            if (!oldResults.TryGet(columns.Name, out var old) || old!.RecordTypeName != columns.RecordTypeName)
            {
                output.WriteLine($"  {columns.Name}: new score ({columns.RecordTypeName})");
                continue;
            }

            var comparison = TierComparison.Compare(old, columns, after.Data.RecordsOf(columns.RecordTypeName).Ids);
            comparisons.Add(comparison);
            CrossingsReport.PrintOne(output, comparison, shown, "change band", "--out");
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
            }
        }

        return aligned;
    }
}
