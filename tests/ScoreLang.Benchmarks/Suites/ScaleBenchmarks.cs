using BenchmarkDotNet.Attributes;
using ScoreLang.Benchmarks.Workload;
using ScoreLang.Runtime.Output;

namespace ScoreLang.Benchmarks.Suites;

/// <summary>
/// The fast contenders at 100k, 5M and 20M events (1M contacts): how cost grows with size, and the ratios to the
/// hand-written loop. Outputs are created once; a scoring run writes into them and allocates nothing per contact.
/// </summary>
[MemoryDiagnoser]
public class ScaleBenchmarks
{
    private BenchmarkWorkload _workload = null!;
    private ScoringOutput _output = null!;

    [ParamsSource(nameof(Sizes))]
    public string Size { get; set; } = WorkloadSize.Small;

    public static IEnumerable<string> Sizes => BenchmarkSettings.ScaleSizes;

    [GlobalSetup]
    public void Setup()
    {
        _workload = BenchmarkWorkload.Get(Size);
        _output = _workload.CreateOutput();
    }

    [Benchmark(Baseline = true, Description = "hand-written loop")]
    public void HandWritten() => _workload.Hand.Score(_output);

    [Benchmark(Description = "compiled, 1 thread")]
    public void CompiledOneThread() => _workload.CompiledOneThread.Score(_output);

    [Benchmark(Description = "compiled, all cores")]
    public void CompiledAllCores() => _workload.CompiledAllCores.Score(_output);

    [Benchmark(Description = "DuckDB (SQL)")]
    public void DuckDb() => _workload.DuckDb.Score(_output);
}
