using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Json;
using Perfolizer.Horology;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Order;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace ScoreLang.Benchmarks.Suites;

/// <summary>
/// The configuration of a full run. In process: a size's data set (up to 1M contacts and 20M events, plus its DuckDB
/// copy) is generated and validated once and shared by every benchmark of that size, instead of once per benchmark
/// process, which matters on a shared 2-core machine. 15 iterations: one scoring run of the large size is one operation per iteration, and single operations vary by about 20% here.
/// </summary>
internal static class BenchmarkConfig
{
    public static IConfig Create(string artifacts) =>
        ManualConfig.CreateEmpty()
            .AddJob(Job.Default
                .WithToolchain(InProcessEmitToolchain.Instance)
                .WithLaunchCount(1)
                .WithWarmupCount(2)
                .WithIterationCount(15)
                .WithIterationTime(TimeInterval.FromMilliseconds(250))
                .WithId("scorelang"))
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddColumn(BaselineRatioColumn.RatioMean)
            .AddLogger(BenchmarkDotNet.Loggers.ConsoleLogger.Default)
            .AddExporter(JsonExporter.Full, MarkdownExporter.GitHub)
            .WithOrderer(new DefaultOrderer(SummaryOrderPolicy.Declared))
            .WithArtifactsPath(artifacts)
            .WithOptions(ConfigOptions.DisableLogFile);
}
