using ScoreLang.LearningComparison;
using Xunit;

namespace ScoreLang.Learning.Tests;

/// <summary>
/// The calibration figures of the learning comparison (issue 10, S30): log-loss, expected calibration error and the
/// deciles, on cases small enough to compute by hand.
/// </summary>
public sealed class CalibrationSummaryTests
{
    [Fact]
    public void TenRecordsOnePerDecile_ErrorIsTheMeanDistanceToWhatHappened_S30()
    {
        double[] predicted = [0.05, 0.15, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75, 0.85, 0.95];
        bool[] happened = [false, false, false, false, false, true, true, true, true, true];

        var summary = CalibrationSummary.From(predicted, happened);

        Assert.Equal(10, summary.Deciles.Length);
        Assert.All(summary.Deciles, d => Assert.Equal(1, d.Records));
        Assert.Equal(0.95, summary.Deciles[^1].Predicted, 12);
        Assert.Equal(1.0, summary.Deciles[^1].Observed, 12);
        // |0.05-0| + ... + |0.45-0| + |0.55-1| + ... + |0.95-1| = 2 x (0.05 + 0.15 + 0.25 + 0.35 + 0.45) = 2.5, over 10 records.
        Assert.Equal(0.25, summary.ExpectedError, 12);
        var expectedLogLoss = -(Math.Log(0.95) + Math.Log(0.85) + Math.Log(0.75) + Math.Log(0.65) + Math.Log(0.55)) / 5;
        Assert.Equal(expectedLogLoss, summary.LogLoss, 12);
    }

    [Fact]
    public void EveryDecileConvertingAtItsPrediction_HasNoCalibrationError_S30()
    {
        var predicted = Enumerable.Repeat(0.5, 20).ToArray();
        var happened = Enumerable.Range(0, 20).Select(i => i % 2 == 0).ToArray();

        var summary = CalibrationSummary.From(predicted, happened);

        Assert.Equal(10, summary.Deciles.Length);
        Assert.All(summary.Deciles, d => Assert.Equal(0.5, d.Observed, 12));
        Assert.Equal(0, summary.ExpectedError, 12);
        Assert.Equal(Math.Log(2), summary.LogLoss, 12);
    }

    [Fact]
    public void ProbabilitiesWithoutOutcomes_AreRefused()
    {
        Assert.Throws<ArgumentException>(() => CalibrationSummary.From([0.5, 0.5], [true]));
    }
}
