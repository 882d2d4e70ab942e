using System.Globalization;
using System.Text.RegularExpressions;
using Xunit;

namespace ScoreLang.Cli.Tests;

/// <summary>
/// Predictive scores (S30) in <c>diff</c> (S26) and <c>history</c> (S27) through the real process, on the synthetic leads
/// of <see cref="PredictiveCommandTests"/>: a second model learned without one input changes the hash, probabilities and
/// priorities; history shows the probability and priority as of each date, as <c>run --as-of</c> gives them.
/// </summary>
public sealed partial class PredictiveCommandTests
{
    [Fact]
    public void Diff_OfAChangedModel_StatesBothHashesPriorityCrossingsAndProbabilityChanges_S30_S26()
    {
        using var folder = LearnedFolder(out _);
        var relearn = CliRunner.Run(folder.Path, [.. Learn, "visits", "--out", "without-visits.score"]);
        Assert.True(relearn.ExitCode == 0, relearn.ToString());
        var before = Hash().Match(File.ReadAllText(Path.Combine(folder.Path, "conversion.score"))).Value[8..^1];
        var after = Hash().Match(File.ReadAllText(Path.Combine(folder.Path, "without-visits.score"))).Value[8..^1];
        Assert.NotEqual(before, after);

        var diff = CliRunner.Run(folder.Path, "diff", "conversion.score", "without-visits.score", "--data", "data", "--as-of", "2024-06-01", "--out", "changes.csv");
        var same = CliRunner.Run(folder.Path, "diff", "conversion.score", "conversion.score", "--data", "data", "--as-of", "2024-06-01");

        Assert.True(diff.ExitCode == 0, diff.ToString());
        Assert.Contains($"conversion: model conversion.model.zip -> without-visits.model.zip changed: sha256 {before} -> {after}", diff.StandardOutput, StringComparison.Ordinal);
        var crossings = Crossings().Match(diff.StandardOutput);
        Assert.True(crossings.Success && int.Parse(crossings.Groups[1].Value, CultureInfo.InvariantCulture) > 0, diff.StandardOutput);
        var probability = ProbabilityLine().Match(diff.StandardOutput);
        Assert.True(probability.Success && int.Parse(probability.Groups[1].Value, CultureInfo.InvariantCulture) > 0, diff.StandardOutput);
        Assert.Matches(RecordChange(), diff.StandardOutput);
        Assert.True(File.ReadAllLines(Path.Combine(folder.Path, "changes.csv")).Length > 1);
        Assert.True(same.ExitCode == 0, same.ToString());
        Assert.Contains($"conversion: model conversion.model.zip, sha256 {before} (unchanged)", same.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("conversion: 0 of 600 records change priority", same.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("probability: 0 of", same.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void History_ShowsProbabilityAndPriorityPerDate_AsRunGivesThem_S30_S27()
    {
        using var folder = LearnedFolder(out _);

        var history = CliRunner.Run(folder.Path, "history", "conversion.score", "--data", "data", "--record", "l7", "--from", "2024-04-01", "--to", "2024-06-01", "--every", "1m");
        var run = CliRunner.Run(folder.Path, "run", "conversion.score", "--data", "data", "--as-of", "2024-06-01", "--out", "scores.csv");

        Assert.True(history.ExitCode == 0, history.ToString());
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("conversion for l7:", history.StandardOutput, StringComparison.Ordinal);
        var points = HistoryPoint().Matches(history.StandardOutput);
        Assert.Equal(3, points.Count);
        var l7 = File.ReadAllLines(Path.Combine(folder.Path, "scores.csv")).Single(l => l.StartsWith("l7,", StringComparison.Ordinal)).Split(',');
        var last = points[^1];
        Assert.Equal("2024-06-01", last.Groups[1].Value);
        if (l7[1].Length == 0)
        {
            Assert.Equal("-", last.Groups[2].Value); // "Closed won": no probability
        }
        else
        {
            Assert.Equal(double.Parse(l7[1], CultureInfo.InvariantCulture), double.Parse(last.Groups[2].Value, CultureInfo.InvariantCulture), 2);
        }

        Assert.Equal(l7[2], last.Groups[3].Value);
    }

    [GeneratedRegex(@"^  conversion: ([0-9]+) of 600 records change priority", RegexOptions.Multiline)]
    private static partial Regex Crossings();

    [GeneratedRegex(@"^    probability: ([0-9]+) of [0-9]+ records with one before and after changed", RegexOptions.Multiline)]
    private static partial Regex ProbabilityLine();

    [GeneratedRegex(@"^    l[0-9]+: [0-9.]+ \((Very high|High|Medium|Low)\) -> [0-9.]+ \((Very high|High|Medium|Low)\), [+-][0-9.]+$", RegexOptions.Multiline)]
    private static partial Regex RecordChange();

    [GeneratedRegex(@"^  (2024-0[4-6]-01)\s+([0-9.]+|-)\s+(Very high|High|Medium|Low|Closed won)\s*(?:<-.*)?$", RegexOptions.Multiline)]
    private static partial Regex HistoryPoint();
}
