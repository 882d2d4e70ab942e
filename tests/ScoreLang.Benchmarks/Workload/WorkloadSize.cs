using System.Collections.Frozen;

namespace ScoreLang.Benchmarks.Workload;

/// <summary>
/// One size of the benchmark data set: about 20 events per contact over the 12 months before the evaluation date, and
/// a company for every ten contacts (the shape of the seeds' worked example at scale, issue 5).
/// </summary>
internal sealed record WorkloadSize(string Name, int Contacts, double EventsPerContact)
{
    public const string Smoke = "smoke";
    public const string Small = "100k";
    public const string Medium = "5M";
    public const string Large = "20M";

    private static readonly FrozenDictionary<string, WorkloadSize> All = new[]
    {
        new WorkloadSize(Smoke, 300, 20),
        new WorkloadSize(Small, 5_000, 20),
        new WorkloadSize(Medium, 250_000, 20),
        new WorkloadSize(Large, 1_000_000, 20),
    }.ToFrozenDictionary(s => s.Name, StringComparer.Ordinal);

    public int Companies => Math.Max(1, Contacts / 10);

    /// <summary>Sizes at which the slow contenders (interpreter, RulesEngine) run for every contact.</summary>
    public bool RunsSlowContenders => Contacts <= 5_000;

    public static WorkloadSize Get(string name) =>
        All.TryGetValue(name, out var size) ? size : throw new ArgumentException($"Unknown workload size '{name}' (smoke, 100k, 5M, 20M).", nameof(name));
}
