using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using ScoreLang.Benchmarks.Contenders;
using ScoreLang.Benchmarks.Suites;
using ScoreLang.Benchmarks.Workload;

namespace ScoreLang.Benchmarks.Modes;

/// <summary>
/// The short mode CI runs (test.sh), so the benchmarks cannot rot: on the tiny data set it validates every contender,
/// checks that BenchmarkDotNet accepts every benchmark class, then calls each benchmark's setup, the benchmark once
/// and its cleanup directly. Prints a TAP-like line per check and "# pass N" / "# fail N"; exit 1 on a failure.
/// </summary>
internal static class SmokeMode
{
    public static int Run(TextWriter output)
    {
        BenchmarkSettings.ScaleSizes = [WorkloadSize.Smoke];
        BenchmarkSettings.AllContendersSize = WorkloadSize.Smoke;
        int passed = 0, failed = 0, skipped = 0;
        void Check(string name, Action action)
        {
            try
            {
                action();
                passed++;
                output.WriteLine($"ok {passed + failed + skipped} - {name}");
            }
#pragma warning disable CA1031 // a smoke run reports every failure and goes on
            catch (Exception ex)
#pragma warning restore CA1031
            {
                failed++;
                output.WriteLine($"not ok {passed + failed + skipped} - {name}: {(ex is TargetInvocationException { InnerException: { } inner } ? inner : ex).Message}");
            }
        }

        Check("every contender agrees on every contact of the smoke data set", () => BenchmarkWorkload.Get(WorkloadSize.Smoke, output));
        Check("validation catches a contender that differs in one value", () =>
        {
            var workload = BenchmarkWorkload.Get(WorkloadSize.Smoke, output);
            var expected = workload.CreateOutput();
            var actual = workload.CreateOutput();
            workload.Hand.Score(expected);
            workload.Hand.Score(actual);
            var row = Array.FindIndex(actual.Scores[0].Values, v => v > 0);
            actual.Scores[0].Values[row] += 1e-12;
            if (Validation.ResultComparer.Compare(expected, actual, null, 0, out _) is null)
            {
                throw new InvalidOperationException("a difference of 1e-12 went unnoticed");
            }
        });
        var config = BenchmarkConfig.Create(Path.Combine(Path.GetTempPath(), "scorelang-bench-smoke"));
        foreach (var type in SuiteTypes)
        {
            Check($"{type.Name}: BenchmarkDotNet accepts the class", () =>
            {
                var info = BenchmarkConverter.TypeToBenchmarks(type, config);
                if (info.BenchmarksCases.Length == 0)
                {
                    throw new InvalidOperationException("no benchmark cases");
                }
            });
            foreach (var method in type.GetMethods().Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null))
            {
                if (method.Name == nameof(AllContendersBenchmarks.GeneratedPostgres) && GeneratedSqlScorer.ConnectionString is null)
                {
                    skipped++;
                    output.WriteLine($"ok {passed + failed + skipped} - {type.Name}.{method.Name} # SKIP SCORELANG_POSTGRES is not set (test.sh sets it)");
                    continue;
                }

                Check($"{type.Name}.{method.Name} runs once", () => InvokeOnce(type, method));
            }
        }

        output.WriteLine($"# pass {passed}");
        output.WriteLine($"# fail {failed}");
        output.WriteLine($"# skipped {skipped}");
        return failed == 0 ? 0 : 1;
    }

    internal static Type[] SuiteTypes { get; } = [typeof(ScaleBenchmarks), typeof(AllContendersBenchmarks), typeof(CompileBenchmarks), typeof(LanguageServerBenchmarks)];

    private static void InvokeOnce(Type type, MethodInfo benchmark)
    {
        var instance = Activator.CreateInstance(type)!;
        type.GetProperty("Size")?.SetValue(instance, WorkloadSize.Smoke);
        Invoke<GlobalSetupAttribute>(type, instance);
        benchmark.Invoke(instance, null);
        Invoke<GlobalCleanupAttribute>(type, instance);
    }

    private static void Invoke<TAttribute>(Type type, object instance)
        where TAttribute : Attribute
    {
        foreach (var method in type.GetMethods().Where(m => m.GetCustomAttribute<TAttribute>() is not null))
        {
            method.Invoke(instance, null);
        }
    }
}
