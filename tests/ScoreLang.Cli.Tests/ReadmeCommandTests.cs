using System.Text.RegularExpressions;
using Xunit;

namespace ScoreLang.Cli.Tests;

/// <summary>
/// The README's main command, read from the README itself so the two cannot drift apart: it must score the bundled
/// sample and print the summary, and the tour's explain command must show the worked example's 29.
/// </summary>
public sealed partial class ReadmeCommandTests
{
    private static readonly string Root = CliRunner.RepositoryRoot();

    [Fact]
    public void MainCommand_ScoresTheSampleAndPrintsTheSummary()
    {
        var command = ReadmeLine(MainCommand());
        var arguments = command["dotnet run --project src/ScoreLang.Cli -- ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // The shell expands samples/*.score; do the same.
        var expanded = arguments.SelectMany(a => a == "samples/*.score"
            ? Directory.GetFiles(Path.Combine(Root, "samples"), "*.score").Order(StringComparer.Ordinal).Select(f => Path.GetRelativePath(Root, f))
            : [a]).ToArray();

        var result = CliRunner.Run(Root, expanded);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Scored as of 2024-07-01: 331 records", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("contact_engagement (contact): 301 records", result.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.StandardError);
    }

    [Fact]
    public void TourExplainCommand_ShowsTheWorkedExampleScoringTwentyNine()
    {
        var command = ReadmeLine(ExplainCommand());
        var result = CliRunner.Run(Root, command["scorelang ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("score 29, tier low", result.StandardOutput, StringComparison.Ordinal);
    }

    private static string ReadmeLine(Regex pattern)
    {
        var match = pattern.Match(File.ReadAllText(Path.Combine(Root, "README.md")));
        Assert.True(match.Success, $"README.md has no line matching {pattern}");
        return match.Groups["command"].Value.Trim();
    }

    [GeneratedRegex(@"^(?<command>dotnet run --project src/ScoreLang.Cli -- run [^\n]*)$", RegexOptions.Multiline)]
    private static partial Regex MainCommand();

    [GeneratedRegex(@"`(?<command>scorelang explain [^`]*)`")]
    private static partial Regex ExplainCommand();
}
