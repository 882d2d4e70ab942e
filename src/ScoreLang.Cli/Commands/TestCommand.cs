using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ScoreLang.Cli.Infrastructure;
using ScoreLang.Evaluation;

namespace ScoreLang.Cli.Commands;

/// <summary>
/// <c>scorelang test &lt;paths&gt; [--filter text] [--format text|json]</c>: runs the tests written inside score files and
/// reports them like a test runner. Files with errors are reported as such and their tests are not run; exit 1 when
/// anything failed.
/// </summary>
internal static class TestCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var format = CommonOptions.Format();
        var filter = new Option<string?>("--filter") { Description = "Run only the tests whose score or test name contains this text." };
        var engine = new Option<TestEngine>("--engine")
        {
            Description = "compiled: through the compiled scorer that run uses (default); reference: through the reference evaluator.",
            DefaultValueFactory = _ => TestEngine.Compiled,
        };
        var command = new Command("test", "Run the tests written inside score files.") { paths, format, filter, engine };
        command.SetAction(result => Run(result.GetValue(paths)!, result.GetValue(filter), result.GetValue(format), Console.Out, result.GetValue(engine)));
        return command;
    }

    public static int Run(string[] paths, string? filter, OutputFormat format, TextWriter output, TestEngine engine = TestEngine.Compiled)
    {
        var sources = SourceSet.Load(paths);
        if (sources.HasErrors)
        {
            DiagnosticPrinter.Print(output, sources.Diagnostics, OutputFormat.Text);
            output.WriteLine("Tests were not run: fix the errors above first.");
            return ExitCodes.Failed;
        }

        var results = sources.Compilations
            .Where(c => c.Program.Scores.Any(s => s.Tests.Length > 0))
            .SelectMany(c => RunnerFor(c.Program, engine).RunAll())
            .Where(r => filter is null
                || r.Name.Contains(filter, StringComparison.OrdinalIgnoreCase)
                || r.ScoreName.Contains(filter, StringComparison.OrdinalIgnoreCase))
            .DistinctBy(r => (r.Location.Path, r.Location.Span))
            .ToList();

        if (format == OutputFormat.Json)
        {
            output.WriteLine(JsonSerializer.Serialize(results.Select(ToJson), CliJson.Options));
        }
        else
        {
            PrintText(output, results);
        }

        return results.All(r => r.Passed) ? ExitCodes.Success : ExitCodes.Failed;
    }

    private static TestRunner RunnerFor(Semantics.BoundProgram program, TestEngine engine)
    {
        if (engine == TestEngine.Reference)
        {
            return new TestRunner(program);
        }

        var model = ModelLoader.Compile(program);
        return new TestRunner(program, (score, record, asOf) => model.Evaluate(score.Name, record, asOf));
    }

    private static void PrintText(TextWriter output, List<TestResult> results)
    {
        foreach (var result in results)
        {
            var milliseconds = result.Duration.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
            output.WriteLine($"  {(result.Passed ? "PASS" : "FAIL")}  {result.ScoreName} > {result.Name} ({milliseconds} ms)");
            foreach (var message in result.FailureMessages)
            {
                output.WriteLine($"        {message}");
            }
        }

        var passed = results.Count(r => r.Passed);
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Tests: {passed} passed, {results.Count - passed} failed, {results.Count} total."));
    }

    private static object ToJson(TestResult result) => new
    {
        score = result.ScoreName,
        test = result.Name,
        file = result.Location.Path,
        line = result.Location.LineSpan.Start.Line + 1,
        column = result.Location.LineSpan.Start.Character + 1,
        passed = result.Passed,
        durationMs = result.Duration.TotalMilliseconds,
        failures = result.FailureMessages.ToArray(),
    };
}

/// <summary>Which implementation of the semantics runs the in-file tests.</summary>
internal enum TestEngine
{
    Compiled,
    Reference,
}
