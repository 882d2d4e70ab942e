using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using ScoreLang.Cli.Infrastructure;
using ScoreLang.Data.Writing;
using ScoreLang.Reports;

namespace ScoreLang.Cli.Commands;

/// <summary>
/// <c>scorelang report &lt;score files&gt; --data DIR --as-of DATE --out report.html [--previous FILE] [--compare OLD.score...]
/// [--record ID] [--outcome PROPERTY[=VALUE]]</c>: scores the data like <c>run</c>, then writes one self-contained HTML
/// report (docs/reports.md), atomically. <see cref="Write"/> is also what <c>run --report</c> calls.
/// </summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var data = CommonOptions.Data();
        var asOf = CommonOptions.AsOf();
        var maxErrors = CommonOptions.MaxErrors();
        var output = new Option<string>("--out") { Description = "The HTML file to write (atomically).", Required = true };
        var previous = new Option<string?>("--previous") { Description = "An earlier output of run --out (.csv, .jsonl, .parquet): show who crossed a threshold since (S25)." };
        var compare = new Option<string[]>("--compare")
        {
            Description = "Score files (or folders) of another model version, scored over the same data: show the before/after band matrix (S26).",
            AllowMultipleArgumentsPerToken = true,
        };
        var record = new Option<string?>("--record") { Description = "A record id: show its score history (S27) and rule-by-rule explanation (S28)." };
        var outcome = new Option<string?>("--outcome") { Description = "PROPERTY or PROPERTY=VALUE: a record converted when it is true / equals VALUE; show conversion and lift per band." };
        var command = new Command("report", "Score data files and write a self-contained HTML report with charts.")
        {
            paths, data, asOf, maxErrors, output, previous, compare, record, outcome,
        };
        command.SetAction(result => Run(
            new Arguments(
                result.GetValue(paths)!,
                result.GetValue(data)!,
                CommonOptions.ParseAsOf(result.GetValue(asOf)),
                result.GetValue(maxErrors),
                result.GetValue(output)!,
                result.GetValue(previous),
                result.GetValue(compare) ?? [],
                result.GetValue(record),
                result.GetValue(outcome)),
            Console.Out,
            Console.Error));
        return command;
    }

    public static int Run(Arguments arguments, TextWriter output, TextWriter errors)
    {
        var compilation = ModelLoader.Bind(arguments.Paths, errors);
        if (compilation.HasErrors)
        {
            return ExitCodes.Failed;
        }

        var program = compilation.Program;
        var loaded = DataLoading.Load(program.Schema, arguments.DataPath, arguments.MaxErrors, errors);
        var results = ModelLoader.Compile(program).Run(loaded.Data, arguments.AsOf);
        var request = new ReportRequest(program, loaded.Data, results, arguments.AsOf)
        {
            DataSource = arguments.DataPath,
            RecordId = arguments.RecordId,
            Outcome = arguments.Outcome is null ? null : OutcomeSpec.Parse(arguments.Outcome),
        };
        if (arguments.RecordId is { } id && !loaded.Data.Records.Values.Any(batch => batch.RowOf(id) >= 0))
        {
            throw new UserErrorException($"No record has the id '{id}' (--record).");
        }

        if (request.Outcome is { } outcome && !loaded.Data.Records.Values.Any(batch => batch.RecordType.FindProperty(outcome.Property) is not null))
        {
            throw new UserErrorException($"No record type has a property '{outcome.Property}' (--outcome PROPERTY or PROPERTY=VALUE).");
        }

        if (arguments.PreviousPath is { } previousPath)
        {
            request = request with { Previous = DataLoading.ReadPrevious(previousPath, program) };
        }

        if (arguments.ComparePaths.Length > 0)
        {
            var old = ModelLoader.Bind(arguments.ComparePaths, errors);
            if (old.HasErrors)
            {
                return ExitCodes.Failed;
            }

            var oldData = DataLoading.Load(old.Program.Schema, arguments.DataPath, arguments.MaxErrors, errors).Data;
            var oldResults = ModelLoader.Compile(old.Program).Run(oldData, arguments.AsOf);
            request = request with { Comparison = new ModelComparison(string.Join(" ", arguments.ComparePaths), old.Program, oldData, oldResults) };
        }

        Write(arguments.OutputPath, request, output);
        return ExitCodes.Success;
    }

    /// <summary>Writes the report atomically (a reader never sees half a page) and says where, how large and how long.</summary>
    public static void Write(string path, ReportRequest request, TextWriter output)
    {
        var watch = Stopwatch.StartNew();
        ReportTimings? timings = null;
        try
        {
            AtomicFile.Write(path, stream =>
            {
                using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16, leaveOpen: true);
                timings = HtmlReport.Write(request, writer);
            });
        }
        catch (IOException e)
        {
            throw new UserErrorException($"Cannot write the report '{path}': {e.Message}", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new UserErrorException($"Cannot write the report '{path}': {e.Message}", e);
        }

        var size = new FileInfo(path).Length;
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Wrote report {path} ({size / 1024.0:0.0} KB) in {watch.Elapsed.TotalSeconds:0.00}s: one pass {timings!.Pass.TotalSeconds:0.00}s, samples {timings.Samples.TotalSeconds:0.00}s, charts and page {timings.Page.TotalSeconds:0.00}s."));
    }

    internal sealed record Arguments(
        string[] Paths,
        string DataPath,
        DateTime AsOf,
        int MaxErrors,
        string OutputPath,
        string? PreviousPath,
        string[] ComparePaths,
        string? RecordId,
        string? Outcome);
}
