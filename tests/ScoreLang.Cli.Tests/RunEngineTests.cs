using Xunit;

namespace ScoreLang.Cli.Tests;

/// <summary>
/// <c>run --engine duckdb|postgres</c> through the real process: the same output file, byte for byte, as the .NET
/// engine on the sample data. PostgreSQL is the server of SCORELANG_POSTGRES, which test.sh (CI) sets up; without it
/// the PostgreSQL test is skipped with that reason (a failure when SCORELANG_REQUIRE_POSTGRES=1).
/// </summary>
public sealed class RunEngineTests
{
    private static readonly string Samples = Path.Combine(CliRunner.RepositoryRoot(), "samples");

    [Theory]
    [InlineData("lead-scoring.score", "scores.csv")]
    [InlineData("combined.score", "scores.jsonl")]
    [InlineData("company.score", "scores.csv")]
    public void Run_DuckDbEngine_WritesTheSameFileAsTheDotNetEngine(string model, string output)
    {
        using var folder = new TemporaryDirectory();

        var (expected, actual) = RunBoth(folder, model, output, "duckdb");

        Assert.Equal(expected, actual);
    }

    [SkippableFact]
    public void Run_PostgresEngine_WritesTheSameFileAsTheDotNetEngine()
    {
        var connection = Environment.GetEnvironmentVariable("SCORELANG_POSTGRES");
        if (string.IsNullOrEmpty(connection))
        {
            Assert.False(
                Environment.GetEnvironmentVariable("SCORELANG_REQUIRE_POSTGRES") == "1",
                "SCORELANG_REQUIRE_POSTGRES=1 but SCORELANG_POSTGRES names no server.");
            Skip.If(true, "PostgreSQL test skipped: SCORELANG_POSTGRES is not set (test.sh sets it when it can start a server).");
        }

        using var folder = new TemporaryDirectory();

        var (expected, actual) = RunBoth(folder, "combined.score", "scores.csv", "postgres", "--connection", connection!, "--sql-schema", "cli_run_test");

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Run_PostgresEngineWithoutConnection_IsOneClearLineAndExitTwo()
    {
        var result = CliRunner.Run(Samples, "run", "lead-scoring.score", "--data", "data", "--engine", "postgres");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--engine postgres needs --connection", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnknownEngine_IsRejected()
    {
        var result = CliRunner.Run(Samples, "run", "lead-scoring.score", "--data", "data", "--engine", "oracle");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("oracle", result.StandardError, StringComparison.Ordinal);
    }

    private static (string Expected, string Actual) RunBoth(TemporaryDirectory folder, string model, string output, string engine, params string[] options)
    {
        var dotnetFile = Path.Combine(folder.Path, "dotnet-" + output);
        var engineFile = Path.Combine(folder.Path, engine + "-" + output);
        var dotnet = CliRunner.Run(Samples, "run", model, "--data", "data", "--as-of", "2024-07-01", "--out", dotnetFile);
        var sql = CliRunner.Run(Samples, ["run", model, "--data", "data", "--as-of", "2024-07-01", "--out", engineFile, "--engine", engine, .. options]);
        Assert.True(dotnet.ExitCode == 0, dotnet.ToString());
        Assert.True(sql.ExitCode == 0, sql.ToString());
        Assert.Contains($"({engine})", sql.StandardOutput, StringComparison.Ordinal);

        // The summaries agree too, after the first line (timings and the compile cache differ).
        Assert.Equal(dotnet.StandardOutput.Split('\n')[1..^2], sql.StandardOutput.Split('\n')[1..^2]);
        return (File.ReadAllText(dotnetFile), File.ReadAllText(engineFile));
    }
}
