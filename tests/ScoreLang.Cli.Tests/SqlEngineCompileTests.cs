using Xunit;

namespace ScoreLang.Cli.Tests;

/// <summary>
/// The SQL engines run the bound model as SQL: they never compile it to .NET (no Roslyn, nothing in the compiled-model
/// cache), while the .NET engine does — the control that shows the cache folder is the one the run would use.
/// </summary>
public sealed class SqlEngineCompileTests
{
    private static readonly string Samples = Path.Combine(CliRunner.RepositoryRoot(), "samples");

    [Fact]
    public void Run_DuckDbEngine_DoesNotCompileTheModel()
    {
        using var cache = new TemporaryDirectory();

        var result = Run(cache, "--engine", "duckdb");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(Directory.EnumerateFileSystemEntries(cache.Path, "*", SearchOption.AllDirectories));
        Assert.Contains("compile 0.00s (duckdb)", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_DotNetEngine_CompilesIntoTheSameCache()
    {
        using var cache = new TemporaryDirectory();

        var result = Run(cache, "--engine", "dotnet");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.NotEmpty(Directory.EnumerateFiles(cache.Path, "*", SearchOption.AllDirectories));
    }

    private static CliResult Run(TemporaryDirectory cache, params string[] engine) =>
        CliRunner.RunWith(
            Samples,
            new Dictionary<string, string>(StringComparer.Ordinal) { ["SCORELANG_CACHE"] = cache.Path },
            ["run", "lead-scoring.score", "--data", "data", "--as-of", "2024-07-01", .. engine]);
}
