using System.Collections.Concurrent;
using ScoreLang.Benchmarks.Contenders;
using ScoreLang.Benchmarks.Contenders.Rules;
using ScoreLang.Benchmarks.Validation;
using ScoreLang.Compiler;
using ScoreLang.Runtime;
using ScoreLang.Runtime.Output;

namespace ScoreLang.Benchmarks.Workload;

/// <summary>
/// One size's data set with every contender prepared on it (compiled model, DuckDB tables, RulesEngine inputs,
/// evaluator records) and validated: built once per process and shared by every benchmark of that size, so the
/// data is generated once and nothing is timed before all contenders agree on every contact.
/// </summary>
internal sealed class BenchmarkWorkload : IDisposable
{
    private static readonly ConcurrentDictionary<string, Lazy<BenchmarkWorkload>> Cache = new(StringComparer.Ordinal);

    private BenchmarkWorkload(WorkloadSize size, TextWriter log)
    {
        Size = size;
        AsOf = BenchmarkModel.AsOf;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        Data = WorkloadGenerator.Build(size, AsOf);
        log.WriteLine($"# workload {size.Name}: {Data.RecordsOf("contact").Count:N0} contacts, {Data.EventCount:N0} events, built in {System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s");
        Model = ScoreCompiler.Compile(BenchmarkModel.Program);
        Hand = new HandWrittenContender(Data, AsOf);
        CompiledOneThread = new CompiledScorer(Model, Data, AsOf, 1);
        CompiledAllCores = new CompiledScorer(Model, Data, AsOf, -1);

        // The interpreter runs for every contact at small sizes; at larger ones it checks every 997th contact.
        var contacts = Data.RecordsOf("contact").Count;
        Interpreter = new InterpreterScorer(
            Model.Program, Data, AsOf, size.RunsSlowContenders ? null : [.. Enumerable.Range(0, contacts).Where(r => r % 997 == 0)]);
        RulesEngine = size.RunsSlowContenders ? new RulesEngineScorer(Data, AsOf) : null;
        started = System.Diagnostics.Stopwatch.GetTimestamp();
        DuckDb = new DuckDbScorer(Data, AsOf);
        log.WriteLine($"# workload {size.Name}: loaded into DuckDB through the appender in {System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s");

        // The SQL ScoreLang generates (issue 8), at the small sizes only: its cost beside the hand-written SQL.
        if (size.RunsSlowContenders)
        {
            GeneratedDuckDb = GeneratedSqlScorer.DuckDb(Model.Program, Data, AsOf);
            GeneratedPostgres = GeneratedSqlScorer.Postgres(Model.Program, Data, AsOf);
        }
    }

    public WorkloadSize Size { get; }

    public DateTime AsOf { get; }

    public ScoringData Data { get; }

    public CompiledModel Model { get; }

    public long EventCount => Data.EventCount;

    public int ContactCount => Data.RecordsOf("contact").Count;

    public HandWrittenContender Hand { get; }

    public CompiledScorer CompiledOneThread { get; }

    public CompiledScorer CompiledAllCores { get; }

    public InterpreterScorer Interpreter { get; }

    /// <summary>Only at the sizes where it scores every contact in reasonable time (see <see cref="WorkloadSize.RunsSlowContenders"/>).</summary>
    public RulesEngineScorer? RulesEngine { get; }

    public DuckDbScorer DuckDb { get; }

    /// <summary>The generated DuckDB SQL (small sizes only).</summary>
    public GeneratedSqlScorer? GeneratedDuckDb { get; }

    /// <summary>The generated PostgreSQL SQL on the server of SCORELANG_POSTGRES (small sizes only, when it is set).</summary>
    public GeneratedSqlScorer? GeneratedPostgres { get; }

    public IEnumerable<IScorer> Contenders =>
        new IScorer?[] { Hand, CompiledOneThread, CompiledAllCores, Interpreter, RulesEngine, DuckDb, GeneratedDuckDb, GeneratedPostgres }.OfType<IScorer>();

    /// <summary>The validated workload of a size (built, prepared and validated on first use in this process).</summary>
    public static BenchmarkWorkload Get(string sizeName, TextWriter? log = null) =>
        Cache.GetOrAdd(sizeName, name => new Lazy<BenchmarkWorkload>(() =>
        {
            var workload = new BenchmarkWorkload(WorkloadSize.Get(name), log ?? Console.Out);
            workload.Validate(log ?? Console.Out);
            return workload;
        })).Value;

    public ScoringOutput CreateOutput() => ScoringOutput.Create(Model.Program.Scores, Data);

    /// <summary>
    /// Runs every contender and compares every contact: the hand-written loop against the reference evaluator (exactly),
    /// then every other contender against the hand-written loop. Throws <see cref="ValidationException"/> on a difference.
    /// </summary>
    public void Validate(TextWriter log)
    {
        var reference = CreateOutput();
        Interpreter.Score(reference);
        var baseline = CreateOutput();
        Hand.Score(baseline);
        Check(Hand, reference, baseline, Interpreter.Rows, 0, log);
        Describe(baseline, log);
        foreach (var contender in Contenders.Where(c => c != Hand && c != Interpreter))
        {
            var output = CreateOutput();
            contender.Score(output);
            Check(contender, baseline, output, contender.Rows, contender.Tolerance, log);
        }
    }

    private void Check(IScorer contender, ScoringOutput expected, ScoringOutput actual, IReadOnlyList<int>? rows, double tolerance, TextWriter log)
    {
        var problem = ResultComparer.Compare(expected, actual, rows, tolerance, out var compared);
        if (problem is not null)
        {
            throw new ValidationException($"{Size.Name}: {contender.Name} disagrees: {problem}");
        }

        log.WriteLine($"# validated {Size.Name}: {contender.Name} agrees on {compared:N0} score values{(tolerance == 0 ? " (exactly)" : $" (within {tolerance:G2})")}");
    }

    /// <summary>What the scores look like, so a log shows that the rules fire (a model that scores 0 everywhere proves nothing).</summary>
    private void Describe(ScoringOutput output, TextWriter log)
    {
        foreach (var score in output.Scores)
        {
            var scored = score.Scored.CountSet();
            var groups = string.Join(", ", score.Score.Groups.Select((g, i) => $"{g.Name} > 0: {score.Groups[i].Count(v => v > 0):N0}"));
            var tiers = string.Join(", ", score.TierLabels.Select((label, code) => $"{label}: {score.Tiers.Count(t => t == code):N0}"));
            log.WriteLine($"# {Size.Name} {score.Name}: {scored:N0} scored; {groups}; {tiers}");
        }
    }

    public void Dispose()
    {
        foreach (var contender in Contenders.OfType<IDisposable>())
        {
            contender.Dispose();
        }
    }
}
