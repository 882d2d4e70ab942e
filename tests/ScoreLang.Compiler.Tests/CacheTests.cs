using ScoreLang.Compiler.Tests.Support;
using ScoreLang.Runtime.Building;
using Xunit;
using static ScoreLang.Compiler.Tests.Support.Model;

namespace ScoreLang.Compiler.Tests;

public sealed class CacheTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "scorelang-cache-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public void SameProgram_IsCompiledOnce_InMemory()
    {
        var first = ScoreCompiler.Compile(SampleModels.Combined());
        var second = ScoreCompiler.Compile(SampleModels.Combined());

        Assert.Equal(first.ContentHash, second.ContentHash);
        Assert.Equal(CacheStatus.Memory, second.CacheStatus);
        Assert.Same(first.Scores[0].Range, second.Scores[0].Range);
    }

    [Fact]
    public void SameProgram_IsLoadedFromTheCacheDirectory_InAnotherCompile()
    {
        var options = new CompilerOptions { CacheDirectory = _directory, UseMemoryCache = false };

        var first = ScoreCompiler.Compile(SampleModels.Engagement(), options);
        var second = ScoreCompiler.Compile(SampleModels.Engagement(), options);

        Assert.Equal(CacheStatus.Compiled, first.CacheStatus);
        Assert.Equal(CacheStatus.Disk, second.CacheStatus);
        Assert.Equal(first.AssemblyImage.ToArray(), second.AssemblyImage.ToArray());
        Assert.Single(Directory.GetFiles(_directory), f => f.EndsWith(first.ContentHash + ".dll", StringComparison.Ordinal));
        Assert.Equal(Score(first), Score(second));
    }

    [Fact]
    public void DamagedCacheEntry_IsCompiledAgainAndReplaced()
    {
        var options = new CompilerOptions { CacheDirectory = _directory, UseMemoryCache = false };
        var first = ScoreCompiler.Compile(SampleModels.Engagement(), options);
        var path = Directory.GetFiles(_directory).Single();
        File.WriteAllText(path, "not an assembly");

        var second = ScoreCompiler.Compile(SampleModels.Engagement(), options);

        Assert.Equal(CacheStatus.Compiled, second.CacheStatus);
        Assert.Equal(first.AssemblyImage.ToArray(), File.ReadAllBytes(path));
    }

    [Fact]
    public void ChangedProgram_HasAnotherHash()
    {
        var program = SampleModels.Engagement();
        var changed = program with { Scores = [program.Scores[0] with { Limit = 90 }] };

        Assert.NotEqual(ScoreCompiler.Compile(program).ContentHash, ScoreCompiler.Compile(changed).ContentHash);
    }

    private static double? Score(CompiledModel model)
    {
        var builder = new ScoringDataBuilder(model.Program.Schema);
        builder.Records("contact").Add("ann");
        builder.Events("meeting_booked").Add("ann", Utc(2024, 1, 1));
        return model.Run(builder.Build(), Utc(2024, 1, 2))["contact_engagement"].ValueOf(0);
    }
}
