using BenchmarkDotNet.Attributes;
using ScoreLang.Benchmarks.Workload;
using ScoreLang.Compiler;
using ScoreLang.Semantics;
using ScoreLang.Syntax;

namespace ScoreLang.Benchmarks.Suites;

/// <summary>
/// Compile latency: a warm Roslyn compile of the sample (the compiler already loaded and jitted; the first, cold
/// compile of a process is measured by <c>--cold-compile</c> in fresh processes), a memory cache hit (an unchanged
/// model costs no Roslyn compile), a disk cache hit (a later process loads the cached assembly), and parse+bind of a
/// generated 5,000-line score file.
/// </summary>
[MemoryDiagnoser]
public class CompileBenchmarks
{
    private static readonly CompilerOptions NoCache = new() { UseMemoryCache = false };
    private BoundProgram _sample = null!;
    private CompilerOptions _diskOnly = null!;
    private string _cacheDirectory = null!;
    private string _largeFile = null!;

    [GlobalSetup]
    public void Setup()
    {
        _sample = SampleModel.Bind();
        _cacheDirectory = Directory.CreateTempSubdirectory("scorelang-bench-cache").FullName;
        _diskOnly = new CompilerOptions { UseMemoryCache = false, CacheDirectory = _cacheDirectory };
        _largeFile = LargeScoreFile.Create();
        Expect(ScoreCompiler.Compile(_sample, NoCache).CacheStatus, CacheStatus.Compiled);
        ScoreCompiler.Compile(_sample);
        Expect(ScoreCompiler.Compile(_sample).CacheStatus, CacheStatus.Memory);
        ScoreCompiler.Compile(_sample, _diskOnly);
        Expect(ScoreCompiler.Compile(_sample, _diskOnly).CacheStatus, CacheStatus.Disk);
        if (Compilation.Create(SyntaxTree.Parse(_largeFile, "large.score")).HasErrors)
        {
            throw new InvalidOperationException("The generated 5,000-line score file has errors.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_cacheDirectory, recursive: true);

    [Benchmark(Description = "compile sample, warm (Roslyn)")]
    public CompiledModel WarmCompile() => ScoreCompiler.Compile(_sample, NoCache);

    [Benchmark(Description = "compile sample, memory cache hit")]
    public CompiledModel MemoryCacheHit() => ScoreCompiler.Compile(_sample);

    [Benchmark(Description = "compile sample, disk cache hit")]
    public CompiledModel DiskCacheHit() => ScoreCompiler.Compile(_sample, _diskOnly);

    [Benchmark(Description = "parse+bind 5,000 lines")]
    public Compilation ParseAndBind() => Compilation.Create(SyntaxTree.Parse(_largeFile, "large.score"));

    private static void Expect(CacheStatus actual, CacheStatus expected)
    {
        if (actual != expected)
        {
            throw new InvalidOperationException($"Expected a {expected} compile, got {actual}.");
        }
    }
}
