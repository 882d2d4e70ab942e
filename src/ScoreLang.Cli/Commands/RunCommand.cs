using System.CommandLine;
using System.Globalization;
using ScoreLang.Cli.Engines;
using ScoreLang.Cli.Infrastructure;
using ScoreLang.Cli.Output;
using ScoreLang.Compiler;
using ScoreLang.Semantics;

namespace ScoreLang.Cli.Commands;

/// <summary>
/// <c>scorelang run &lt;score files&gt; --data DIR|manifest.json [--as-of DATE] [--out FILE] [--previous FILE]</c>:
/// compiles the model (cached), loads the data, scores every record as of the date, writes the score properties and
/// prints a summary per score; with <c>--previous</c>, also which records crossed a threshold since then (S25).
/// </summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var data = CommonOptions.Data();
        data.Required = false; // not with --tables-exist: RunEngineOptions.Validate says when it is missing
        var asOf = CommonOptions.AsOf();
        var maxErrors = CommonOptions.MaxErrors();
        var output = new Option<string?>("--out") { Description = "Write the scores to this file: .csv, .jsonl or .parquet (written atomically)." };
        var previous = new Option<string?>("--previous") { Description = "An earlier output of run: report the records that crossed a threshold since then (S25)." };
        var crossings = new Option<string?>("--crossings") { Description = "With --previous: write every record that crossed a threshold to this .csv file." };
        var threads = new Option<int>("--threads") { Description = "Score on at most this many threads (default: all cores).", DefaultValueFactory = _ => -1 };
        var noProgress = CommonOptions.NoProgress();
        var report = new Option<string?>("--report") { Description = "Also write a self-contained HTML report of the run to this file (see scorelang report)." };
        var command = new Command("run", "Score data files with compiled score files and write the score properties.")
        {
            paths, data, asOf, maxErrors, output, previous, crossings, threads, noProgress, report,
        };
        var engine = new RunEngineOptions();
        engine.AddTo(command);
        command.SetAction(result => Run(
            new RunRequest(
                result.GetValue(paths)!,
                result.GetValue(data) ?? string.Empty,
                CommonOptions.ParseAsOf(result.GetValue(asOf)),
                result.GetValue(maxErrors),
                result.GetValue(output),
                result.GetValue(previous),
                result.GetValue(crossings),
                result.GetValue(threads),
                !result.GetValue(noProgress),
                result.GetValue(report),
                engine.Read(result)),
            Console.Out,
            Console.Error));
        return command;
    }

    /// <summary>The compiled .NET scorer (--engine dotnet): load, compile (cached), score on every core.</summary>
    private static RunOutcome RunDotNet(Compilation compilation, RunRequest request, PredictiveRun predictive, TextWriter errors, RunProgress progress)
    {
        var session = ScoringSession.Open(compilation, request.DataPath, request.MaxErrors, errors, progress, predictive);
        var records = session.Model.Scores.Sum(s => (long)session.Data.RecordsOf(s.Score.RecordTypeName).Count);
        progress.Phase("Scoring", records);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var options = RunOptions.Default with { MaxDegreeOfParallelism = request.Threads, Progress = progress.ForScoring() };
        var results = session.Score(request.AsOf, options);
        return new RunOutcome(session.Data, results, RunCounts.Of(session.Loaded), session.LoadTime, session.CompileTime, session.Model.CacheStatus.ToString(), watch.Elapsed)
        {
            Loaded = session.Loaded,
        };
    }

    public static int Run(RunRequest request, TextWriter output, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.CrossingsPath is not null && request.PreviousPath is null)
        {
            throw new UserErrorException("--crossings needs --previous: the crossings are measured against an earlier output.");
        }

        var compilation = ModelLoader.Bind(request.Paths, errors);
        if (compilation.HasErrors)
        {
            return ExitCodes.Failed;
        }

        // --engine duckdb|postgres: names the engine cannot hold are SL6xxx errors, reported before any data is read.
        var engine = request.Engine ?? RunEngine.Default;
        RunEngineOptions.Validate(engine, request.DataPath, request.ReportPath);
        if (!engine.IsDotNet && !SqlEngineRun.CanRun(engine, compilation.Program, errors))
        {
            return ExitCodes.Failed;
        }

        // S30: check the predictive scores' model files (hash, inputs) before any data is read.
        var predictive = PredictiveRun.Load(compilation.Program, errors);
        if (predictive is null)
        {
            return ExitCodes.Failed;
        }

        if (!predictive.IsEmpty && !engine.IsDotNet)
        {
            throw new UserErrorException($"Predictive scores (S30) run on the .NET engine only: run them without --engine {engine.Name}.");
        }

        // Read the earlier output first: a wrong path should fail before minutes of scoring, not after.
        var previous = request.PreviousPath is null ? null : DataLoading.ReadPrevious(request.PreviousPath, compilation.Program);
        var outcome = RunProgress.Show(errors, request.ShowProgress, progress =>
        {
            var outcome = engine.IsDotNet
                ? RunDotNet(compilation, request, predictive, errors, progress)
                : SqlEngineRun.Run(engine, compilation.Program, request, errors, progress);
            if (request.OutputPath is not null)
            {
                progress.Phase("Writing");
                OutputFiles.WriteScores(request.OutputPath, outcome.Data, outcome.Results);
            }

            return outcome;
        });

        var counts = outcome.Counts;
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Scored as of {request.AsOf:yyyy-MM-dd}: {counts.Records} records, {counts.Events} events ({counts.BadRows} bad rows). Load {outcome.LoadTime.TotalSeconds:0.00}s, compile {outcome.CompileTime.TotalSeconds:0.00}s ({outcome.CompileNote}), score {outcome.ScoreTime.TotalSeconds:0.00}s."));
        RunSummary.Print(output, outcome.Results);
        foreach (var note in outcome.Notes)
        {
            output.WriteLine(note);
        }

        if (previous is not null)
        {
            var comparisons = previous.CompareWith(outcome.Data, outcome.Results);
            CrossingsReport.Print(output, previous.Path, comparisons);
            if (request.CrossingsPath is not null)
            {
                OutputFiles.WriteTransitions(request.CrossingsPath, comparisons);
                output.WriteLine($"Wrote {request.CrossingsPath}.");
            }
        }

        if (request.OutputPath is not null)
        {
            output.WriteLine($"Wrote {request.OutputPath}.");
        }

        if (request.ReportPath is not null)
        {
            // The SQL engines keep the loaded data when a report is asked for (SqlEngineRun), so Loaded is set here.
            var data = outcome.Loaded?.Data ?? throw new InvalidOperationException("--report needs the loaded data set.");
            ReportCommand.Write(request.ReportPath, new Reports.ReportRequest(compilation.Program, data, outcome.Results, request.AsOf) { DataSource = request.DataPath, Previous = previous }, output);
        }

        return ExitCodes.Success;
    }
}

/// <summary>Everything <c>scorelang run</c> was asked to do.</summary>
internal sealed record RunRequest(
    string[] Paths,
    string DataPath,
    DateTime AsOf,
    int MaxErrors,
    string? OutputPath,
    string? PreviousPath,
    string? CrossingsPath,
    int Threads,
    bool ShowProgress,
    string? ReportPath = null,
    RunEngine? Engine = null);
