using System.Globalization;
using System.Text.RegularExpressions;
using ScoreLang.Data.Tests;
using Xunit;

namespace ScoreLang.Cli.Tests;

/// <summary><c>scorelang learn</c> through the real process (S29): the real X Education leads, leaks, too little data.</summary>
public sealed partial class LearnCommandTests
{
    private const string Schema = """
        record lead {
          visits: number
          source: enum { ads, search, referral }
          closed: bool
          converted: bool
        }
        """;

    [Fact]
    public void XEducationLeads_LearnedFileChecksPassesItsTestsAndIsReproducible()
    {
        using var folder = new TemporaryDirectory();
        var leads = SharedData.Find("x-education-lead-scoring/Leads.csv");
        var sample = Path.Combine(CliRunner.RepositoryRoot(), "samples", "x-education");
        File.Copy(Path.Combine(sample, "leads.schema"), Path.Combine(folder.Path, "leads.schema"));
        File.WriteAllText(Path.Combine(folder.Path, "manifest.json"), File.ReadAllText(Path.Combine(sample, "manifest.json"))
            .Replace("../../../shared/data/x-education-lead-scoring/Leads.csv", leads.Replace("\\", "/", StringComparison.Ordinal), StringComparison.Ordinal));
        string[] learn = ["learn", "leads.schema", "--data", "manifest.json", "--record-type", "lead", "--outcome", "converted", "--as-of", "2024-01-01"];

        var first = CliRunner.Run(folder.Path, [.. learn, "--out", "a.score"]);
        var second = CliRunner.Run(folder.Path, [.. learn, "--out", "b.score"]);
        var check = CliRunner.Run(folder.Path, "check", "a.score");
        var test = CliRunner.Run(folder.Path, "test", "a.score");

        Assert.True(first.ExitCode == 0 && second.ExitCode == 0, first + "\n" + second);
        var text = File.ReadAllText(Path.Combine(folder.Path, "a.score"));
        Assert.Equal(text, File.ReadAllText(Path.Combine(folder.Path, "b.score"))); // same seed, same bytes
        Assert.True(check.ExitCode == 0 && check.StandardOutput.Contains("0 error(s), 0 warning(s)", StringComparison.Ordinal), check.ToString());
        Assert.True(test.ExitCode == 0 && test.StandardOutput.Contains("2 passed, 0 failed", StringComparison.Ordinal), test.ToString());
        var auc = double.Parse(HeldOutAuc().Match(text).Groups[1].Value, CultureInfo.InvariantCulture);
        var regression = double.Parse(RegressionAuc().Match(text).Groups[1].Value, CultureInfo.InvariantCulture);
        // Issue 10: the integer-point file is within 0.01 of a logistic regression on the same columns.
        Assert.True(auc >= regression - 0.01 && auc > 0.85, $"held-out AUC {auc}, regression {regression}");
        Assert.DoesNotContain("converted ==", text, StringComparison.Ordinal); // the outcome is never an input
    }

    [Fact]
    public void PropertyThatGivesTheOutcomeAway_IsLeftOutWithAWarning()
    {
        using var folder = new TemporaryDirectory();
        WriteData(folder.Path, 400);

        var result = CliRunner.Run(folder.Path, "learn", "leads.schema", "--data", "data", "--record-type", "lead", "--outcome", "converted", "--out", "learned.score", "--as-of", "2024-01-01");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("'closed' was left out: alone it predicts 'converted' almost perfectly", result.StandardError, StringComparison.Ordinal);
        var text = File.ReadAllText(Path.Combine(folder.Path, "learned.score"));
        Assert.DoesNotContain("when closed", text, StringComparison.Ordinal);
        Assert.Contains("when visits", text, StringComparison.Ordinal);
        Assert.Contains("score learned_fit for lead", text, StringComparison.Ordinal); // the default name follows the kind
    }

    [Fact]
    public void ClosedWithoutPredictive_IsAnErrorWithAStableCode()
    {
        using var folder = new TemporaryDirectory();
        WriteData(folder.Path, 400);

        var result = CliRunner.Run(folder.Path, "learn", "leads.schema", "--data", "data", "--record-type", "lead", "--outcome", "converted", "--out", "learned.score", "--closed", "closed");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("SL8001: --closed only applies to a predictive score", result.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder.Path, "learned.score")));
    }

    [Fact]
    public void TooFewRecords_IsOneClearLineAndNoFile()
    {
        using var folder = new TemporaryDirectory();
        WriteData(folder.Path, 50);

        var result = CliRunner.Run(folder.Path, "learn", "leads.schema", "--data", "data", "--record-type", "lead", "--outcome", "converted", "--out", "learned.score");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("learning needs at least 200 records", result.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder.Path, "learned.score")));
    }

    /// <summary>Leads whose conversion follows their visits (with noise); 'closed' copies the outcome (a leak).</summary>
    private static void WriteData(string folder, int count)
    {
        File.WriteAllText(Path.Combine(folder, "leads.schema"), Schema);
        Directory.CreateDirectory(Path.Combine(folder, "data"));
        var random = new Random(7);
        var rows = Enumerable.Range(0, count).Select(i =>
        {
            var visits = random.Next(0, 20);
            var converted = random.NextDouble() < 0.1 + (visits * 0.04);
            var source = new[] { "ads", "search", "referral" }[random.Next(3)];
            return string.Create(CultureInfo.InvariantCulture, $"l{i},{visits},{source},{(converted ? "true" : "false")},{(converted ? "true" : "false")}");
        });
        File.WriteAllLines(Path.Combine(folder, "data", "lead.csv"), ["id,visits,source,closed,converted", .. rows]);
    }

    [GeneratedRegex(@"held-out AUC ([0-9]+\.[0-9]+)")]
    private static partial Regex HeldOutAuc();

    [GeneratedRegex(@"logistic regression on the same bins: ([0-9]+\.[0-9]+)")]
    private static partial Regex RegressionAuc();
}
