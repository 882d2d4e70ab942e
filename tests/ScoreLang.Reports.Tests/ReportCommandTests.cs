using Xunit;

namespace ScoreLang.Reports.Tests;

/// <summary><c>scorelang report</c> and <c>run --report</c> through the real process, on the bundled samples.</summary>
public sealed class ReportCommandTests : IDisposable
{
    private static readonly string Samples = Path.Combine(FindRoot(), "samples");
    private readonly string _folder = Directory.CreateTempSubdirectory("scorelang-report-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void RunWithReport_WritesScoresAndTheReport()
    {
        var report = Path.Combine(_folder, "nested", "run.html");

        var result = Scorelang("run", "lead-scoring.score", "--data", "data", "--as-of", "2024-07-01", "--report", report);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Wrote report", result.StandardOutput, StringComparison.Ordinal);
        var html = File.ReadAllText(report);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Score contact_engagement — Contact engagement</h2>", html, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(report)!, "*.tmp"));
    }

    [Fact]
    public void RunWithPreviousAndReport_ShowsTheCrossingsInTheReport_S25()
    {
        var previous = Path.Combine(_folder, "previous.csv");
        var report = Path.Combine(_folder, "run.html");
        var earlier = Scorelang("run", "lead-scoring.score", "--data", "data", "--as-of", "2024-06-01", "--out", previous);
        Assert.True(earlier.ExitCode == 0, earlier.ToString());

        var result = Scorelang("run", "lead-scoring.score", "--data", "data", "--as-of", "2024-07-01", "--previous", previous, "--report", report);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("<h3>Crossings since the previous run (S25)</h3>", File.ReadAllText(report), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_UnknownRecord_IsAClearErrorAndNoFileIsWritten()
    {
        var report = Path.Combine(_folder, "report.html");

        var result = Scorelang("report", "lead-scoring.score", "--data", "data", "--as-of", "2024-07-01", "--out", report, "--record", "nobody");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("No record has the id 'nobody' (--record).", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(report));
    }

    [Fact]
    public void Report_UnknownOutcomeProperty_IsAClearError()
    {
        var result = Scorelang("report", "lead-scoring.score", "--data", "data", "--as-of", "2024-07-01", "--out", Path.Combine(_folder, "r.html"), "--outcome", "revenue=1");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("No record type has a property 'revenue'", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_PreviousFileMissing_NamesTheFile()
    {
        var result = Scorelang("report", "lead-scoring.score", "--data", "data", "--as-of", "2024-07-01", "--out", Path.Combine(_folder, "r.html"), "--previous", "missing.csv");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("missing.csv", result.StandardError, StringComparison.Ordinal);
    }

    private static ProcessResult Scorelang(params string[] args) =>
        ProcessResult.Run("dotnet", Samples, TimeSpan.FromMinutes(3), [Path.Combine(AppContext.BaseDirectory, "scorelang.dll"), .. args]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ScoreLang.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("ScoreLang.sln not found above " + AppContext.BaseDirectory);
    }
}
