using ScoreLang.Evaluation;
using ScoreLang.Semantics;
using ScoreLang.Syntax;
using Xunit;
using static ScoreLang.Core.Tests.Evaluation.ModelBuilder;
using static ScoreLang.Core.Tests.Evaluation.RecordBuilder;
using ValueType = ScoreLang.Semantics.ValueType;

namespace ScoreLang.Core.Tests.Evaluation;

/// <summary>Event rules: attribute filters, once, windows, count ranges, company engagement (S2, S10, S12, S31, S32).</summary>
public sealed class EventRuleTests
{
    private static readonly DateTime AsOf = Utc(2024, 6, 1);

    private static double? ScoreOf(BoundRule rule, RecordData contact) => Evaluate(Engagement(null, Group("g", null, rule)), contact, AsOf).Score;

    [Fact]
    public void EventRule_WhereOnAttribute_CountsOnlyMatchingForms_S10()
    {
        var rule = Event("form_submitted", 50, where: Eq(Attr("form", ValueType.String), "Demo request"));
        var contact = Contact()
            .WithEvent("form_submitted", AsOf, ("form", "Demo request"))
            .WithEvent("form_submitted", AsOf, ("form", "White paper"))
            .WithEvent("form_submitted", AsOf); // no form attribute: unknown, so no match

        Assert.Equal(50, ScoreOf(rule, contact));
    }

    [Fact]
    public void EventRule_WhereUrlContains_IgnoresCase_S10()
    {
        var rule = Event("page_viewed", 4, where: Compare(Attr("url", ValueType.String), ComparisonOperator.Contains, "/pricing"));
        var contact = Contact()
            .WithEvent("page_viewed", AsOf, ("url", "https://example.com/PRICING/teams"))
            .WithEvent("page_viewed", AsOf, ("url", "https://example.com/blog"));

        Assert.Equal(4, ScoreOf(rule, contact));
    }

    [Fact]
    public void EventRule_Once_GivesThePointsOnceHoweverManyOccurrences_S10()
    {
        var rule = Event("page_viewed", 5, once: true);
        var contact = Contact().WithEvents("page_viewed", 4, AsOf);

        var result = Evaluate(Engagement(null, Group("g", null, rule)), contact, AsOf).Groups[0].Rules[0];

        Assert.Equal(5, result.Points);
        Assert.Equal(1, result.Occurrences);
        Assert.Equal(0, ScoreOf(rule, Contact()));
    }

    [Fact]
    public void EventRule_OnceWithDecay_UsesTheMostRecentOccurrence_S10_S17()
    {
        var rule = Event("page_viewed", 8, once: true, decay: Stepped(50, 1, DurationUnit.Month));
        var contact = Contact()
            .WithEvent("page_viewed", AsOf.AddMonths(-1))  // 4
            .WithEvent("page_viewed", AsOf.AddMonths(-2)); // 0

        Assert.Equal(4, ScoreOf(rule, contact));
    }

    [Fact]
    public void EventRule_WithinLastThirtyDays_CountsOnlyTheWindowIncludingItsStart_S10()
    {
        var rule = Event("page_viewed", 1, within: new Duration(30, DurationUnit.Day));
        var contact = Contact()
            .WithEvent("page_viewed", AsOf.AddDays(-30))          // on the boundary: counts
            .WithEvent("page_viewed", AsOf.AddDays(-30).AddSeconds(-1)) // just outside
            .WithEvent("page_viewed", AsOf.AddDays(-1))
            .WithEvent("page_viewed", AsOf.AddDays(1));           // after the evaluation date

        Assert.Equal(2, ScoreOf(rule, contact));
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 3)]
    [InlineData(5, 3)]
    [InlineData(6, 6)]
    [InlineData(7, 6)]
    [InlineData(40, 6)]
    public void VisitRanges_TwoToFiveGiveThreeSixOrMoreGiveSix_AreNotCumulative_S12(int visits, double expected)
    {
        var group = Group(
            "visits",
            null,
            Event("website_visit", 3, count: new CountRange(2, 5)),
            Event("website_visit", 6, count: new CountRange(6, null)));
        var contact = Contact().WithEvents("website_visit", visits, AsOf);

        Assert.Equal(expected, Evaluate(Engagement(null, group), contact, AsOf).Score);
    }

    [Fact]
    public void CountRange_IsNeverDecayedAndCountsOnlyItsWindow_S12_S10()
    {
        var rule = Event("website_visit", 6, count: new CountRange(2, null), within: new Duration(1, DurationUnit.Month), decay: Stepped(50, 1, DurationUnit.Day));
        var contact = Contact()
            .WithEvent("website_visit", AsOf.AddDays(-10))
            .WithEvent("website_visit", AsOf.AddDays(-20))
            .WithEvent("website_visit", AsOf.AddMonths(-2));

        Assert.Equal(6, ScoreOf(rule, contact));
        Assert.Equal(0, ScoreOf(rule, Contact().WithEvent("website_visit", AsOf).WithEvent("website_visit", AsOf.AddMonths(-2))));
    }

    [Fact]
    public void NegativeEventRule_UnsubscribingTakesPointsOff_S31_S9()
    {
        var group = Group("email", null, Event("marketing_email_opened", 2), Event("unsubscribed", -20));
        var contact = Contact().WithEvents("marketing_email_opened", 15, AsOf).WithEvent("unsubscribed", AsOf);

        Assert.Equal(10, Evaluate(Engagement(null, group), contact, AsOf).Score);
    }

    [Fact]
    public void EventRule_AnyEventTypeAndAttributeOfTheData_CanBeUsed_S32()
    {
        // A campaign attribute and a third-party event type, which the current tool cannot use (source 002).
        var rule = Event(
            "g2_intent_signal",
            7,
            where: And(Eq(Attr("campaign", ValueType.String), "Spring launch"), Compare(Attr("strength", ValueType.Number), ComparisonOperator.GreaterOrEqual, 3.0)));
        var contact = Contact()
            .WithEvent("g2_intent_signal", AsOf, ("campaign", "spring LAUNCH"), ("strength", 4.0))
            .WithEvent("g2_intent_signal", AsOf, ("campaign", "Spring launch"), ("strength", 2)); // an int from loose input data

        Assert.Equal(7, ScoreOf(rule, contact));
    }

    [Fact]
    public void EventRule_WhereOnTimestamp_FiltersByTheEventsOwnTime_S10()
    {
        var rule = Event("cta_clicked", 1, where: Compare(Timestamp(), ComparisonOperator.GreaterOrEqual, Utc(2024, 1, 1)));
        var contact = Contact().WithEvent("cta_clicked", Utc(2023, 12, 31)).WithEvent("cta_clicked", Utc(2024, 1, 1));

        Assert.Equal(1, ScoreOf(rule, contact));
    }

    [Fact]
    public void CompanyEngagement_CountsEveryContactsEventsPlusItsOwn_S2()
    {
        var meetings = Group("meetings", null, Event("meeting_booked", 20), Event("meeting_completed", 30));
        var score = Engagement(null, meetings) with { RecordTypeName = "company" };
        var alice = Contact("alice").WithEvent("meeting_booked", AsOf.AddDays(-3));
        var bob = Contact("bob").WithEvent("meeting_completed", AsOf.AddDays(-1)).WithEvent("meeting_booked", AsOf.AddDays(2));
        var company = Company().WithContact(alice).WithContact(bob).WithEvent("meeting_booked", AsOf.AddDays(-7));

        var result = Evaluate(score, company, AsOf);

        Assert.Equal(2, result.Groups[0].Rules[0].Occurrences); // alice's and the company's own; bob's is in the future
        Assert.Equal(70, result.Score);
    }
}
