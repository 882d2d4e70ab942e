using Xunit;

namespace ScoreLang.Cli.Tests;

/// <summary>
/// <c>learn --predictive</c> with a stage-transition outcome (S29, S30): each lead is encoded as of the moment it became
/// an MQL, on the point-in-time copy of the data, so page views and demos after that moment change neither the model
/// file (byte for byte) nor the probabilities <c>evaluate</c> measures against the same transition.
/// </summary>
public sealed class PredictiveStageOutcomeTests
{
    private static readonly string[] Stage = ["--outcome", "mql -> won within 90 days", "--as-of", "2025-06-01"];

    [Fact]
    public void LearnPredictive_LaterEventsAndDates_ChangeNeitherTheModelBytesNorTheEvaluatedProbabilities_S29_S30()
    {
        using var folder = new TemporaryDirectory();
        // The same relative layout on both sides (before/data, after/data), so the score files can be compared whole.
        StageOutcomeCommandTests.Funnel(folder.Path, Path.Combine("before", "data"), withLater: false);
        StageOutcomeCommandTests.Funnel(folder.Path, Path.Combine("after", "data"), withLater: true);
        string[] learn = ["learn", "../funnel.schema", "--data", "data", "--record-type", "lead", .. Stage, "--exclude", "converted", "--predictive", "--name", "conversion", "--out", "conversion.score"];
        string[] evaluate = ["evaluate", "conversion.score", "--data", "data", .. Stage];
        var (before, after) = (Path.Combine(folder.Path, "before"), Path.Combine(folder.Path, "after"));

        var learnedBefore = CliRunner.Run(before, learn);
        var learnedAfter = CliRunner.Run(after, learn);
        var evaluatedBefore = CliRunner.Run(before, evaluate);
        var evaluatedAfter = CliRunner.Run(after, evaluate);
        // The same model scored on today's data as of one date sees the later page views: the figures would differ.
        var today = CliRunner.Run(after, "evaluate", "conversion.score", "--data", "data", "--outcome", "converted", "--as-of", "2025-06-01");

        Assert.True(learnedBefore.ExitCode == 0 && learnedAfter.ExitCode == 0, learnedBefore + "\n" + learnedAfter);
        Assert.Equal(File.ReadAllBytes(Path.Combine(before, "conversion.model.zip")), File.ReadAllBytes(Path.Combine(after, "conversion.model.zip")));
        var text = File.ReadAllText(Path.Combine(after, "conversion.score"));
        Assert.Equal(File.ReadAllText(Path.Combine(before, "conversion.score")), text);
        Assert.Contains("the probability of 'mql -> won within 90 days'", text, StringComparison.Ordinal);
        Assert.Contains("scored as of the moment it entered 'mql'", text, StringComparison.Ordinal);
        Assert.Contains("Of 400 lead records, 0 never entered 'mql', 0 were in 'won' before 'mql', and 0 are censored", text, StringComparison.Ordinal);
        // The stages are the outcome, never inputs.
        Assert.DoesNotContain("events mql", text, StringComparison.Ordinal);
        Assert.DoesNotContain("events won", text, StringComparison.Ordinal);
        Assert.Contains("events page_viewed", text, StringComparison.Ordinal);
        Assert.True(evaluatedBefore.ExitCode == 0 && evaluatedAfter.ExitCode == 0, evaluatedBefore + "\n" + evaluatedAfter);
        Assert.Equal(evaluatedBefore.StandardOutput, evaluatedAfter.StandardOutput);
        Assert.Contains("conversion against mql -> won within 90 days: AUC", evaluatedAfter.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("calibration: log-loss", evaluatedAfter.StandardOutput, StringComparison.Ordinal);
        Assert.True(today.ExitCode == 0, today.ToString());
        Assert.NotEqual(Calibration(evaluatedAfter.StandardOutput), Calibration(today.StandardOutput));
    }

    [Fact]
    public void LearnPredictive_StageOutcomeWithTooFewRecords_IsTheMinimumDataError()
    {
        using var folder = new TemporaryDirectory();
        var data = StageOutcomeCommandTests.Funnel(folder.Path, "data", withLater: false);

        // As of early 2024 no lead's 90 days have elapsed: every one is censored, so nothing is left to learn from.
        var learn = CliRunner.Run(folder.Path, "learn", "funnel.schema", "--data", data, "--record-type", "lead", "--outcome", "mql -> won within 90 days",
            "--as-of", "2024-03-01", "--predictive", "--out", "x.score");

        Assert.Equal(2, learn.ExitCode);
        Assert.Contains("0 records with a known 'mql -> won within 90 days'", learn.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", learn.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder.Path, "x.score")));
    }

    private static string Calibration(string text) =>
        text.Split('\n').First(l => l.Contains("calibration: log-loss", StringComparison.Ordinal));
}
