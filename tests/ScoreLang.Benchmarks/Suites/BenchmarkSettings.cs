using ScoreLang.Benchmarks.Workload;

namespace ScoreLang.Benchmarks.Suites;

/// <summary>The sizes the scale benchmarks run at: all three in a full run, the tiny one in smoke mode.</summary>
internal static class BenchmarkSettings
{
    public static IReadOnlyList<string> ScaleSizes { get; set; } = [WorkloadSize.Small, WorkloadSize.Medium, WorkloadSize.Large];

    /// <summary>The size at which every contender, the slow ones included, scores every contact.</summary>
    public static string AllContendersSize { get; set; } = WorkloadSize.Small;
}
