using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ScoreLang.Cli.Infrastructure;
using ScoreLang.Cli.Output;
using ScoreLang.Data;

namespace ScoreLang.Cli.Commands;

/// <summary>
/// <c>scorelang run &lt;score files&gt; --data DIR|manifest.json [--as-of DATE] [--out scores.csv] [--max-errors N]</c>:
/// compiles the model (cached), loads the data, scores every record as of the date and prints a summary per score.
/// </summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var data = CommonOptions.Data();
        var asOf = CommonOptions.AsOf();
        var maxErrors = CommonOptions.MaxErrors();
        var output = new Option<string?>("--out") { Description = "Write the scores to this file: .csv, .jsonl or .parquet (written atomically)." };
        var report = new Option<string?>("--report") { Description = "Also write a self-contained HTML report of the run to this file (see scorelang report)." };
        var command = new Command("run", "Score data files with compiled score files and write the score properties.") { paths, data, asOf, maxErrors, output, report };
        command.SetAction(result => Run(
            result.GetValue(paths)!,
            result.GetValue(data)!,
            CommonOptions.ParseAsOf(result.GetValue(asOf)),
            result.GetValue(maxErrors),
            result.GetValue(output),
            Console.Out,
            Console.Error,
            result.GetValue(report)));
        return command;
    }

    public static int Run(string[] paths, string dataPath, DateTime asOf, int maxErrors, string? outputPath, TextWriter output, TextWriter errors, string? reportPath = null)
    {
        var compilation = ModelLoader.Bind(paths, errors);
        if (compilation.HasErrors)
        {
            return ExitCodes.Failed;
        }

        var watch = Stopwatch.StartNew();
        var loaded = DataLoading.Load(compilation.Program.Schema, dataPath, maxErrors, errors);
        var loadTime = watch.Elapsed;
        var model = ModelLoader.Compile(compilation.Program);
        var compileTime = watch.Elapsed - loadTime;
        var results = model.Run(loaded.Data, asOf);
        var runTime = watch.Elapsed - loadTime - compileTime;
        if (outputPath is not null)
        {
            WriteOutput(outputPath, loaded, results);
        }

        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Scored as of {asOf:yyyy-MM-dd}: {loaded.RecordCount} records, {loaded.EventCount} events ({loaded.BadRowCount} bad rows). Load {loadTime.TotalSeconds:0.00}s, compile {compileTime.TotalSeconds:0.00}s ({model.CacheStatus}), score {runTime.TotalSeconds:0.00}s."));
        RunSummary.Print(output, results);
        if (outputPath is not null)
        {
            output.WriteLine($"Wrote {outputPath}.");
        }

        if (reportPath is not null)
        {
            ReportCommand.Write(reportPath, new Reports.ReportRequest(compilation.Program, loaded.Data, results, asOf) { DataSource = dataPath }, output);
        }

        return ExitCodes.Success;
    }

    private static void WriteOutput(string path, LoadResult loaded, Runtime.Output.ScoringOutput results)
    {
        try
        {
            ScoreOutputWriter.Write(path, loaded.Data, results);
        }
        catch (ArgumentException e)
        {
            throw new UserErrorException(e.Message, e);
        }
        catch (IOException e)
        {
            throw new UserErrorException(e.Message, e);
        }
    }
}
