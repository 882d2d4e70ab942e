using BenchmarkDotNet.Attributes;
using ScoreLang.Benchmarks.Workload;
using ScoreLang.Runtime.Output;

namespace ScoreLang.Benchmarks.Suites;

/// <summary>
/// Every contender on the same 100k-event data set (5,000 contacts), the interpreter included: it and RulesEngine take
/// too long per contact to run at the larger sizes in a benchmark run.
/// </summary>
[MemoryDiagnoser]
public class AllContendersBenchmarks
{
    private BenchmarkWorkload _workload = null!;
    private ScoringOutput _output = null!;

    [ParamsSource(nameof(Sizes))]
    public string Size { get; set; } = WorkloadSize.Small;

    public static IEnumerable<string> Sizes => [BenchmarkSettings.AllContendersSize];

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

    [Benchmark(Description = "reference evaluator")]
    public void Interpreter() => _workload.Interpreter.Score(_output);

    [Benchmark(Description = "Microsoft RulesEngine")]
    public void RulesEngine() => _workload.RulesEngine!.Score(_output);

    [Benchmark(Description = "DuckDB (SQL)")]
    public void DuckDb() => _workload.DuckDb.Score(_output);

    [Benchmark(Description = "DuckDB (generated SQL)")]
    public void GeneratedDuckDb() => _workload.GeneratedDuckDb!.Score(_output);

    /// <summary>Only with SCORELANG_POSTGRES set (test.sh sets it); without a server this case fails and the report leaves it out.</summary>
    [Benchmark(Description = "PostgreSQL (generated SQL)")]
    public void GeneratedPostgres() =>
        (_workload.GeneratedPostgres ?? throw new InvalidOperationException("SCORELANG_POSTGRES is not set: no PostgreSQL contender.")).Score(_output);
}
