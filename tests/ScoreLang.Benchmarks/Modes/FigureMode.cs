using System.Diagnostics;
using System.Text.Json;
using ScoreLang.Benchmarks.Workload;
using ScoreLang.Compiler;
using ScoreLang.Runtime;
using ScoreLang.Runtime.Output;

namespace ScoreLang.Benchmarks.Modes;

/// <summary>
/// <c>--figure [size] [out.json]</c>: the headline figure of a full run, in a fresh process: generate the data set
/// (20M events / 1M contacts by default), then score it with the compiled model on one thread and on all cores, a few
/// times each, and record wall time, the columnar size of the input, the managed heap during the run, the bytes a run
/// allocates and the process's peak working set (which includes generating and building the data).
/// </summary>
internal static class FigureMode
{
    private const int Runs = 3;

    public static int Run(string[] args, TextWriter output)
    {
        var size = WorkloadSize.Get(args.Length > 0 ? args[0] : WorkloadSize.Large);
        var started = Stopwatch.GetTimestamp();
        var data = WorkloadGenerator.Build(size, BenchmarkModel.AsOf);
        var buildSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var model = ScoreCompiler.Compile(BenchmarkModel.Program);
        var columnar = ColumnarSize.Of(data);
        var heapAfterBuild = GC.GetTotalMemory(forceFullCollection: true);
        var scoringOutput = model.CreateOutput(data);

        var oneThread = Time(model, data, scoringOutput, 1, out var allocatedOne);
        var allCores = Time(model, data, scoringOutput, -1, out var allocatedAll);
        var hand = TimeHandWritten(data, scoringOutput);
        var heapDuringRun = GC.GetTotalMemory(forceFullCollection: false);
        var result = new Figure(
            size.Name,
            data.RecordsOf("contact").Count,
            data.EventCount,
            Environment.ProcessorCount,
            buildSeconds,
            columnar,
            heapAfterBuild,
            heapDuringRun,
            oneThread,
            allCores,
            hand,
            allocatedOne,
            allocatedAll,
            Process.GetCurrentProcess().PeakWorkingSet64,
            SizeOf(scoringOutput));
        var json = JsonSerializer.Serialize(result, FigureJson.Default.Figure);
        if (args.Length > 1)
        {
            File.WriteAllText(args[1], json);
        }

        output.WriteLine(json);
        return 0;
    }

    /// <summary>The best of <see cref="Runs"/> runs after one warm-up run, in seconds.</summary>
    private static double Time(CompiledModel model, ScoringData data, ScoringOutput output, int threads, out long allocated)
    {
        var options = new RunOptions { MaxDegreeOfParallelism = threads };
        model.Run(data, BenchmarkModel.AsOf, output, options);
        var best = double.MaxValue;
        allocated = long.MaxValue;
        for (var i = 0; i < Runs; i++)
        {
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var started = Stopwatch.GetTimestamp();
            model.Run(data, BenchmarkModel.AsOf, output, options);
            best = Math.Min(best, Stopwatch.GetElapsedTime(started).TotalSeconds);
            allocated = Math.Min(allocated, GC.GetTotalAllocatedBytes(precise: true) - before);
        }

        return best;
    }

    /// <summary>The hand-written loop on the same data, for comparison (best of <see cref="Runs"/> after a warm-up).</summary>
    private static double TimeHandWritten(ScoringData data, ScoringOutput output)
    {
        var scorer = new Contenders.HandWrittenScorer(data);
        scorer.Run(BenchmarkModel.AsOf, output);
        var best = double.MaxValue;
        for (var i = 0; i < Runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            scorer.Run(BenchmarkModel.AsOf, output);
            best = Math.Min(best, Stopwatch.GetElapsedTime(started).TotalSeconds);
        }

        return best;
    }

    private static long SizeOf(ScoringOutput output) =>
        output.Scores.Sum(s => (s.Values.LongLength * 8) + (s.Tiers.LongLength * 4) + (s.Scored.Words.LongLength * 8) + s.Groups.Sum(g => g.LongLength * 8));
}

/// <summary>What <see cref="FigureMode"/> measured (bytes and seconds).</summary>
internal sealed record Figure(
    string Size,
    int Contacts,
    long Events,
    int Cores,
    double BuildSeconds,
    long ColumnarBytes,
    long HeapAfterBuildBytes,
    long HeapDuringRunBytes,
    double OneThreadSeconds,
    double AllCoresSeconds,
    double HandWrittenSeconds,
    long AllocatedPerRunOneThread,
    long AllocatedPerRunAllCores,
    long PeakWorkingSetBytes,
    long OutputBytes);
