using Xunit;

namespace ScoreLang.Cli.Tests;

/// <summary>run, explain and compile on the bundled sample data, through the real process.</summary>
public sealed class RunCommandTests
{
    private static readonly string Samples = Path.Combine(CliRunner.RepositoryRoot(), "samples");

    [Fact]
    public void Run_Sample_WorkedExampleContactScoresTwentyNineAndOutputIsWritten()
    {
        using var folder = new TemporaryDirectory();
        var output = Path.Combine(folder.Path, "scores.csv");

        var result = CliRunner.Run(Samples, "run", "lead-scoring.score", "--data", "data", "--as-of", "2024-07-01", "--out", output);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("contact_engagement (contact): 301 records", result.StandardOutput, StringComparison.Ordinal);
        var row = File.ReadLines(output).Single(line => line.StartsWith("worked-example,", StringComparison.Ordinal));
        Assert.StartsWith("worked-example,29,low,10,19,", row, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ExcludedRecord_HasEmptyCellsNotZero_S20()
    {
        using var folder = new TemporaryDirectory();
        var output = Path.Combine(folder.Path, "scores.csv");

        var result = CliRunner.Run(Samples, "run", "lead-scoring.score", "--data", "data", "--as-of", "2024-07-01", "--out", output);

        Assert.True(result.ExitCode == 0, result.ToString());
        var header = File.ReadLines(output).First().Split(',');
        var stage = File.ReadLines(Path.Combine(Samples, "data", "contact.csv")).First().Split(',').ToList().IndexOf("lifecycle_stage");
        var customer = File.ReadLines(Path.Combine(Samples, "data", "contact.csv")).Skip(1).Select(l => l.Split(',')).First(f => f[stage] == "customer")[0];
        var cells = File.ReadLines(output).Single(l => l.StartsWith($"{customer},", StringComparison.Ordinal)).Split(',');
        Assert.Equal(string.Empty, cells[Array.IndexOf(header, "engagement_score")]);
        Assert.Equal(string.Empty, cells[Array.IndexOf(header, "engagement_tier")]);
    }

    [Fact]
    public void Explain_WorkedExample_ShowsEachRuleAndTheTotal_S28()
    {
        var result = CliRunner.Run(Samples, "explain", "lead-scoring.score", "--data", "data", "--as-of", "2024-07-01", "--record", "worked-example", "--score", "contact_engagement");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("event marketing_email_clicked +5  (x3, 15 before decay", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("score 29, tier low", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MissingDataFolder_IsOneClearLineAndExitTwo()
    {
        var result = CliRunner.Run(Samples, "run", "lead-scoring.score", "--data", "no-such-folder");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'no-such-folder' does not exist", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_WritesAssemblyGeneratedSourceAndManifest()
    {
        using var folder = new TemporaryDirectory();

        var result = CliRunner.Run(Samples, "compile", "lead-scoring.score", "--out", folder.Path);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(new FileInfo(Path.Combine(folder.Path, "ScoreLang.Model.dll")).Length > 0);
        Assert.Contains("meeting_booked", File.ReadAllText(Path.Combine(folder.Path, "ScoreLang.Model.g.cs")), StringComparison.Ordinal);
        Assert.Contains("\"engagement_score\"", File.ReadAllText(Path.Combine(folder.Path, "scorelang-manifest.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_ListsTheRulesNotMetToo_S28()
    {
        var result = CliRunner.Run(Samples, "explain", "lead-scoring.score", "--data", "data", "--as-of", "2024-07-01", "--record", "worked-example", "--score", "contact_engagement");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("-  event form_submitted where form == \"Demo request\" +10", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("(not met; line ", result.StandardOutput, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("scores.jsonl", "{\"id\":\"worked-example\"")]
    [InlineData("scores.parquet", "PAR1")]
    public void Run_OutputFormatFollowsTheExtension(string name, string expectedContent)
    {
        using var folder = new TemporaryDirectory();
        var output = Path.Combine(folder.Path, name);

        var result = CliRunner.Run(Samples, "run", "lead-scoring.score", "--data", "data", "--as-of", "2024-07-01", "--out", output);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(expectedContent, File.ReadAllText(output), StringComparison.Ordinal);
        Assert.Equal([name], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Run_UnknownOutputExtension_IsOneClearLineAndNothingIsWritten()
    {
        using var folder = new TemporaryDirectory();
        var output = Path.Combine(folder.Path, "scores.xlsx");

        var result = CliRunner.Run(Samples, "run", "lead-scoring.score", "--data", "data", "--out", output);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("does not end in .csv, .jsonl or .parquet", result.StandardError, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [Theory]
    [InlineData("compiled")]
    [InlineData("reference")]
    public void Test_WrongExpectation_FailsOnEitherEngine(string engine)
    {
        using var folder = new TemporaryDirectory();
        File.Copy(Path.Combine(Samples, "crm.schema"), Path.Combine(folder.Path, "crm.schema"));
        var text = File.ReadAllText(Path.Combine(Samples, "lead-scoring.score"));
        var wrong = text.Replace("expect score == 29", "expect score == 30", StringComparison.Ordinal);
        Assert.NotEqual(text, wrong);
        File.WriteAllText(Path.Combine(folder.Path, "lead-scoring.score"), wrong);

        var result = CliRunner.Run(folder.Path, "test", ".", "--engine", engine);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("expect score == 30 failed", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("1 failed", result.StandardOutput, StringComparison.Ordinal);
    }
}
