using Xunit;

namespace ScoreLang.Reports.Tests;

public sealed class HistogramTests
{
    [Fact]
    public void Histogram_CountsValuesIntoBinsOfTheWidth_EmptyBinsBetweenIncluded()
    {
        var histogram = new Histogram(initialWidth: 10);
        foreach (var value in new[] { 0.0, 9.99, 10, 35, 35.5 })
        {
            histogram.Add(value);
        }

        var bins = histogram.Bins();

        Assert.Equal([(0.0, 10.0, 2L), (10, 20, 1), (20, 30, 0), (30, 40, 2)], bins.Select(b => (b.From, b.To, b.Count)));
        Assert.Equal(5, histogram.Count);
    }

    [Fact]
    public void Histogram_WiderThanMaxBins_DoublesTheWidthAndKeepsEveryRecord()
    {
        var histogram = new Histogram(initialWidth: 1);
        for (var value = 0; value < 1000; value++)
        {
            histogram.Add(value);
        }

        var bins = histogram.Bins();

        Assert.Equal(16, histogram.Width);
        Assert.True(bins.Length <= Histogram.MaxBins, $"{bins.Length} bins");
        Assert.Equal(1000, bins.Sum(b => b.Count));
        Assert.All(bins.SkipLast(1), b => Assert.Equal(16, b.Count));
    }

    [Fact]
    public void Histogram_NegativeValues_FallInTheBinBelowZero_S16()
    {
        var histogram = new Histogram(initialWidth: 5);
        histogram.Add(-0.5);
        histogram.Add(-5);
        histogram.Add(4);

        Assert.Equal([(-5.0, 0.0, 2L), (0, 5, 1)], histogram.Bins().Select(b => (b.From, b.To, b.Count)));
    }

    [Theory]
    [InlineData(100, 2)]
    [InlineData(200, 5)]
    [InlineData(60, 2)]
    [InlineData(1000, 20)]
    [InlineData(0, 1)]
    public void NiceWidth_AboutFiftyBinsOfOneTwoOrFive(double range, double width) =>
        Assert.Equal(width, Histogram.NiceWidth(range), 9);
}
