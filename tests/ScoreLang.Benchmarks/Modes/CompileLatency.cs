using System.Diagnostics;
using System.Globalization;
using ScoreLang.Benchmarks.Workload;
using ScoreLang.Compiler;

namespace ScoreLang.Benchmarks.Modes;

/// <summary>
/// <c>--cold-compile</c>: the first compile of the sample in this process (Roslyn loaded and jitted on the way), then a
/// second, warm one; prints "cold-compile-ms N" and "warm-compile-ms N". Run it in a fresh process each time.
/// </summary>
internal static class CompileLatency
{
    public static int ColdCompile(TextWriter output)
    {
        var started = Stopwatch.GetTimestamp();
        var program = SampleModel.Bind();
        var options = new CompilerOptions { UseMemoryCache = false };
        var cold = ScoreCompiler.Compile(program, options);
        var coldMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        started = Stopwatch.GetTimestamp();
        var warm = ScoreCompiler.Compile(program, options);
        var warmMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (cold.CacheStatus != CacheStatus.Compiled || warm.CacheStatus != CacheStatus.Compiled)
        {
            output.WriteLine("error: expected Roslyn compiles");
            return 1;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cold-compile-ms {coldMs:F0}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warm-compile-ms {warmMs:F0}"));
        return 0;
    }
}
