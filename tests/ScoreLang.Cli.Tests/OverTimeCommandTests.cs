using System.Globalization;
using Xunit;

namespace ScoreLang.Cli.Tests;

/// <summary>Evaluation over time through the real process: run --previous (S25), history (S27) and diff (S26).</summary>
public sealed class OverTimeCommandTests
{
    private static readonly string Samples = Path.Combine(CliRunner.RepositoryRoot(), "samples");

    [Fact]
    public void RunPrevious_RecordThatDroppedBelowAThreshold_IsACrossingDown_S25()
    {
        using var folder = new TemporaryDirectory();
        var previous = Path.Combine(folder.Path, "previous.csv");
        var crossings = Path.Combine(folder.Path, "crossings.csv");
        // An earlier run in which the worked example was "high" at 80 and another contact was not in the data yet.
        File.WriteAllText(previous, "id,engagement_score,engagement_tier\nworked-example,80,high\n");

        var result = CliRunner.Run(Samples, "run", "lead-scoring.score", "--data", "data", "--as-of", "2024-07-01", "--previous", previous, "--crossings", crossings);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("down  worked-example: 80 (high) -> 29 (low)", result.StandardOutput, StringComparison.Ordinal);
        var rows = File.ReadAllLines(crossings);
        Assert.Equal("score,id,direction,from_score,from_tier,to_score,to_tier", rows[0]);
        Assert.Contains("contact_engagement,worked-example,down,80,high,29,low", rows);
        // Every other scored contact with a tier was not in the earlier file: each is a "new" crossing, none is lost.
        var newRows = rows.Count(r => r.StartsWith("contact_engagement,", StringComparison.Ordinal) && r.Contains(",new,", StringComparison.Ordinal));
        Assert.Equal(227, newRows);
        Assert.Contains("contact_engagement: 228 of 301 records crossed a threshold (0 up, 1 down, 227 new", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void RunPrevious_MissingFile_FailsBeforeScoringWithOneLine()
    {
        var result = CliRunner.Run(Samples, "run", "lead-scoring.score", "--data", "data", "--previous", "nowhere.csv");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nowhere.csv", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("does not exist", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("Scored as of", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void History_WorkedExample_PeaksInJulyAndDecaysMonthByMonth_S27()
    {
        var result = CliRunner.Run(Samples, "history", "lead-scoring.score", "--data", "data", "--record", "worked-example", "--score", "contact_engagement", "--from", "2024-06-01", "--to", "2024-09-01", "--every", "1m");

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(["contact_engagement for worked-example:", "2024-06-01          0  low", "2024-07-01         29  low", "2024-08-01       19.5  low", "2024-09-01         10  low"], lines);
    }

    [Fact]
    public void History_EveryPointEqualsARunAsOfThatDay_S26()
    {
        using var folder = new TemporaryDirectory();
        var history = CliRunner.Run(Samples, "history", "lead-scoring.score", "--data", "data", "--record", "contact-8", "--score", "contact_engagement", "--from", "2024-03-01", "--to", "2024-07-01", "--every", "2m", "--format", "json");
        Assert.True(history.ExitCode == 0, history.ToString());

        foreach (var date in new[] { "2024-03-01", "2024-05-01", "2024-07-01" })
        {
            var output = Path.Combine(folder.Path, $"{date}.csv");
            var run = CliRunner.Run(Samples, "run", "lead-scoring.score", "--data", "data", "--as-of", date, "--out", output);
            Assert.True(run.ExitCode == 0, run.ToString());
            var header = File.ReadLines(output).First().Split(',');
            var cells = File.ReadLines(output).Single(l => l.StartsWith("contact-8,", StringComparison.Ordinal)).Split(',');
            var value = double.Parse(cells[Array.IndexOf(header, "engagement_score")], CultureInfo.InvariantCulture);
            Assert.Contains($"\"asOf\":\"{date}T00:00:00Z\",\"scored\":true,\"score\":{value.ToString("R", CultureInfo.InvariantCulture)}", string.Concat(history.StandardOutput.Where(c => !char.IsWhiteSpace(c))), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void History_BadStep_IsOneClearLine()
    {
        var result = CliRunner.Run(Samples, "history", "lead-scoring.score", "--data", "data", "--record", "worked-example", "--from", "2024-01-01", "--every", "fortnight");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--every 'fortnight' is not a step", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_LoweredThreshold_MovesExactlyTheRecordsBetweenTheOldAndNewBound_S26()
    {
        using var folder = new TemporaryDirectory();
        var changed = Path.Combine(folder.Path, "v2");
        Directory.CreateDirectory(changed);
        File.Copy(Path.Combine(Samples, "crm.schema"), Path.Combine(changed, "crm.schema"));
        var text = File.ReadAllText(Path.Combine(Samples, "lead-scoring.score"));
        var lowered = text.Replace("    medium 40..69\n    low 0..39\n  }\n\n  test \"books a meeting", "    medium 30..69\n    low 0..29\n  }\n\n  test \"books a meeting", StringComparison.Ordinal);
        Assert.NotEqual(text, lowered);
        File.WriteAllText(Path.Combine(changed, "lead-scoring.score"), lowered);
        var scores = Path.Combine(folder.Path, "scores.csv");
        var changes = Path.Combine(folder.Path, "changes.csv");

        var run = CliRunner.Run(Samples, "run", "lead-scoring.score", "--data", "data", "--as-of", "2024-07-01", "--out", scores);
        var diff = CliRunner.Run(Samples, "diff", "lead-scoring.score", Path.Combine(changed, "lead-scoring.score"), "--data", "data", "--as-of", "2024-07-01", "--out", changes);

        Assert.True(run.ExitCode == 0 && diff.ExitCode == 0, run + "\n" + diff);
        var header = File.ReadLines(scores).First().Split(',');
        var column = Array.IndexOf(header, "engagement_score");
        var expected = File.ReadLines(scores).Skip(1).Select(l => l.Split(','))
            .Where(c => c[column].Length > 0 && double.Parse(c[column], CultureInfo.InvariantCulture) is >= 30 and < 40)
            .Select(c => $"contact_engagement,{c[0]},moved,{c[column]},low,{c[column]},medium")
            .ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, File.ReadLines(changes).Skip(1));
        Assert.Contains($"contact_engagement: {expected.Count} of 301 records change band", diff.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("contact_fit: 0 of 301 records change band", diff.StandardOutput, StringComparison.Ordinal);
    }
}
