using BenchmarkDotNet.Running;
using ScoreLang.Benchmarks.Modes;
using ScoreLang.Benchmarks.Suites;

namespace ScoreLang.Benchmarks;

/// <summary>
/// Benchmarks of issue 5 (docs/performance.md). Modes:
/// <c>--smoke</c> tiny sizes, validation and one invocation of every benchmark (CI; prints "# pass N" / "# fail N");
/// <c>--validate [sizes]</c> builds and validates the data sets only;
/// <c>--figure</c> the 1M-contact / 20M-event run: time and peak memory, in a fresh process;
/// <c>--cold-compile</c> the first compile of the sample in a fresh process;
/// <c>--report &lt;artifacts&gt; &lt;out.md&gt;</c> writes docs/performance.md from a run's results;
/// <c>--source</c> prints the C# the benchmark model compiles to;
/// anything else goes to BenchmarkDotNet (e.g. <c>--filter *</c>); see run-full.sh for the full run.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        var mode = args.Length > 0 ? args[0] : "";
        return mode switch
        {
            "--smoke" => SmokeMode.Run(Console.Out),
            "--validate" => ValidateMode.Run(args.Skip(1).ToArray(), Console.Out),
            "--figure" => FigureMode.Run(args.Skip(1).ToArray(), Console.Out),
            "--cold-compile" => CompileLatency.ColdCompile(Console.Out),
            "--report" => ReportMode.Run(args.Skip(1).ToArray(), Console.Out),
            "--source" => PrintSource(),
            _ => RunBenchmarks(args),
        };
    }

    /// <summary>The C# the benchmark model compiles to (for profiling).</summary>
    private static int PrintSource()
    {
        Console.Out.Write(Compiler.ScoreCompiler.GenerateSource(Workload.BenchmarkModel.Program));
        return 0;
    }

    private static int RunBenchmarks(string[] args)
    {
        var artifacts = Environment.GetEnvironmentVariable("SCORELANG_BENCH_ARTIFACTS") ?? "BenchmarkDotNet.Artifacts";
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, BenchmarkConfig.Create(artifacts));
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
