using ScoreLang.Semantics;
using Xunit;
using static ScoreLang.Core.Tests.Evaluation.ModelBuilder;
using static ScoreLang.Core.Tests.Evaluation.RecordBuilder;

namespace ScoreLang.Core.Tests.Evaluation;

/// <summary>The worked example every implementation must reproduce (sources 000 and 004; S5, S9, S13, S14).</summary>
public sealed class WorkedExampleTests
{
    private static readonly DateTime AsOf = Utc(2024, 3, 1);

    /// <summary>Limit 100; Sales (limit 60): call 15, meeting booked 10, meeting completed 20; Marketing (limit 40): CTA 6, open 2, click 5.</summary>
    internal static ScoreSymbol WorkedExampleScore() => Engagement(
        100,
        Group("sales", 60, Event("call_started", 15), Event("meeting_booked", 10), Event("meeting_completed", 20)),
        Group("marketing", 40, Event("cta_clicked", 6), Event("marketing_email_opened", 2), Event("marketing_email_clicked", 5)));

    [Fact]
    public void WorkedExample_MeetingTwoOpensThreeClicks_GivesSalesTenMarketingNineteenScoreTwentyNine_S5_S9_S13_S14()
    {
        var contact = Contact()
            .WithEvent("meeting_booked", AsOf)
            .WithEvents("marketing_email_opened", 2, AsOf)
            .WithEvents("marketing_email_clicked", 3, AsOf);

        var result = Evaluate(WorkedExampleScore(), contact, AsOf);

        Assert.True(result.IsScored);
        Assert.Equal(10, result.FindGroup("sales")!.Value);
        Assert.Equal(19, result.FindGroup("marketing")!.Value); // 2x2 + 3x5
        Assert.Equal(29, result.Score);
        Assert.Null(result.Engagement); // parts exist for combined scores only (S7)
        Assert.Null(result.Fit);
    }

    [Fact]
    public void WorkedExample_EveryOccurrenceCounts_TwoOpensAtTwoGiveFour_S10()
    {
        var contact = Contact().WithEvents("marketing_email_opened", 2, AsOf);

        var result = Evaluate(WorkedExampleScore(), contact, AsOf);

        var opens = result.FindGroup("marketing")!.Rules[1];
        Assert.Equal(2, opens.Occurrences);
        Assert.Equal(4, opens.Points);
        Assert.Equal(4, result.Score);
    }

    [Fact]
    public void WorkedExample_ManyMeetings_SalesStopsAtItsLimitOfSixty_S13()
    {
        var contact = Contact().WithEvents("meeting_completed", 5, AsOf); // 100 raw

        var sales = Evaluate(WorkedExampleScore(), contact, AsOf).FindGroup("sales")!;

        Assert.Equal(100, sales.RawTotal);
        Assert.Equal(60, sales.Value);
        Assert.True(sales.LimitReached);
    }

    [Fact]
    public void WorkedExample_BothGroupsFull_ScoreIsTheScoreLimitOfHundred_S14()
    {
        var contact = Contact().WithEvents("call_started", 10, AsOf).WithEvents("cta_clicked", 10, AsOf);

        var result = Evaluate(WorkedExampleScore(), contact, AsOf);

        Assert.Equal(60, result.FindGroup("sales")!.Value);
        Assert.Equal(40, result.FindGroup("marketing")!.Value);
        Assert.Equal(100, result.Score);
    }

    [Fact]
    public void WorkedExample_NoActivity_ScoresZeroNotEmpty_S20()
    {
        var result = Evaluate(WorkedExampleScore(), Contact(), AsOf);

        Assert.True(result.IsScored);
        Assert.Equal(0, result.Score);
    }
}
