using ScoreLang.Runtime.Output;
using Xunit;

namespace ScoreLang.Reports.Tests;

/// <summary>The figures that come from the reference evaluator on a sample: rule points and points by event age.</summary>
public sealed class RuleSamplerTests
{
    private static readonly DateTime AsOf = TestModel.AsOf;

    [Fact]
    public void SampleDecay_PointsByEventAge_HalfAfterOneMonthNothingAfterTwo_S17_S18()
    {
        var program = TestModel.Bind();
        // Visits 3 days (10 points), 40 days (one whole month: 5) and 400 days old (13 months: 0).
        var data = TestModel.Data(program, TestModel.Contact("c0", null, AsOf.AddDays(-3), AsOf.AddDays(-40), AsOf.AddDays(-400)));
        var output = ScoringOutput.Create(program.Scores, data);
        TestModel.Set(output["eng"], 0, 16, 1, 15, 1);

        var decay = new RuleSampler(program, data, AsOf).SampleDecay(output["eng"], 10)!;

        Assert.Equal(1, decay.SampleSize);
        Assert.Equal(
            [("0-7 days", 1L, 10.0, 10.0), ("8-30 days", 0, 0, 0), ("31-91 days", 1, 10, 5), ("92-182 days", 0, 0, 0), ("183-365 days", 0, 0, 0), ("366+ days", 1, 10, 0)],
            decay.Buckets.Select(b => (b.Label, b.Events, b.RawPoints, b.Points)));
        Assert.Equal(15, decay.TotalPoints);
    }

    [Fact]
    public void SampleDecay_LeavesOutOnceRulesAndEventsAfterTheDate_S19()
    {
        var program = TestModel.Bind();
        var data = TestModel.Data(program, TestModel.Contact("c0", null, AsOf.AddDays(5)));
        var output = ScoringOutput.Create(program.Scores, data);
        TestModel.Set(output["eng"], 0, 0, 1, 0, 0);

        var decay = new RuleSampler(program, data, AsOf).SampleDecay(output["eng"], 10)!;

        Assert.All(decay.Buckets, b => Assert.Equal(0, b.Events));
    }

    [Fact]
    public void SampleRules_SumsEachRulesPointsBeforeTheGroupLimit_S13()
    {
        var program = TestModel.Bind();
        // Four fresh visits: group a's rule gives 40 before the limit of 30; b's "once" rule gives 1.
        var visits = Enumerable.Repeat(AsOf.AddDays(-1), 4).ToArray();
        var data = TestModel.Data(program, TestModel.Contact("c0", null, visits), TestModel.Contact("c1"));
        var output = ScoringOutput.Create(program.Scores, data);
        TestModel.Set(output["eng"], 0, 31, 1, 30, 1);
        TestModel.Set(output["eng"], 1, 0, 1, 0, 0);

        var sample = new RuleSampler(program, data, AsOf).SampleRules(output["eng"], 10);

        Assert.Equal(2, sample.SampleSize);
        Assert.Equal([("a", 1L, 40.0), ("b", 1, 1)], sample.Rules.Select(r => (r.Group, r.Matched, r.Points)));
        Assert.Equal(20, sample.Rules[0].MeanPerRecord(sample.SampleSize));
    }

    [Fact]
    public void SampleRows_SpreadsEvenlyOverScoredRowsOnly()
    {
        var program = TestModel.Bind();
        var data = TestModel.Data(program, [.. Enumerable.Range(0, 10).Select(i => TestModel.Contact($"c{i}"))]);
        var output = ScoringOutput.Create(program.Scores, data);
        foreach (var row in new[] { 1, 2, 4, 5, 7, 8 })
        {
            TestModel.Set(output["eng"], row, 0, 1);
        }

        Assert.Equal([1, 4, 7], RuleSampler.SampleRows(output["eng"], 3).ToArray());
        Assert.Equal([1, 2, 4, 5, 7, 8], RuleSampler.SampleRows(output["eng"], 100).ToArray());
    }
}
