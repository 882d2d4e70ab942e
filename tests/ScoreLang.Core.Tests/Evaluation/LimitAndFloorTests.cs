using ScoreLang.Evaluation;
using ScoreLang.Semantics;
using Xunit;
using static ScoreLang.Core.Tests.Evaluation.ModelBuilder;
using static ScoreLang.Core.Tests.Evaluation.RecordBuilder;
using ValueType = ScoreLang.Semantics.ValueType;

namespace ScoreLang.Core.Tests.Evaluation;

/// <summary>Group limits, the score limit, no limits, the floor and shares (S13-S16, S33).</summary>
public sealed class LimitAndFloorTests
{
    private static readonly DateTime AsOf = Utc(2024, 6, 1);

    [Fact]
    public void GroupLimit_FurtherMatchingAddsNothingOnceReached_S13()
    {
        var score = Engagement(null, Group("marketing", 40, Event("cta_clicked", 6)));

        var six = Evaluate(score, Contact().WithEvents("cta_clicked", 6, AsOf), AsOf);     // 36
        var seven = Evaluate(score, Contact().WithEvents("cta_clicked", 7, AsOf), AsOf);   // 42 -> 40
        var twenty = Evaluate(score, Contact().WithEvents("cta_clicked", 20, AsOf), AsOf); // 120 -> 40

        Assert.Equal(36, six.Score);
        Assert.False(six.Groups[0].LimitReached);
        Assert.Equal(40, seven.Score);
        Assert.Equal(42, seven.Groups[0].RawTotal);
        Assert.True(seven.Groups[0].LimitReached);
        Assert.Equal(40, twenty.Score);
    }

    [Fact]
    public void GroupLimit_CapsBeforeNegativeRulesOfOtherGroupsAreAdded_S13_S14()
    {
        // The cap applies per group, then the groups add up: 40 (capped from 60) - 0 (floored) = 40.
        var score = Engagement(
            null,
            Group("marketing", 40, Event("cta_clicked", 6)),
            Group("penalties", null, Event("unsubscribed", -20)));
        var contact = Contact().WithEvents("cta_clicked", 10, AsOf).WithEvent("unsubscribed", AsOf);

        var result = Evaluate(score, contact, AsOf);

        Assert.Equal(0, result.FindGroup("penalties")!.Value);
        Assert.Equal(40, result.Score);
    }

    [Fact]
    public void GroupLimit_NegativeRuleInsideTheGroupCountsAgainstTheRawSumBeforeTheCap_S13()
    {
        // 60 + (-20) = 40 raw, under the 50 limit: the limit caps the sum of the group's rules, not each rule.
        var score = Engagement(null, Group("marketing", 50, Event("cta_clicked", 6), Event("unsubscribed", -20)));
        var contact = Contact().WithEvents("cta_clicked", 10, AsOf).WithEvent("unsubscribed", AsOf);

        Assert.Equal(40, Evaluate(score, contact, AsOf).Score);
    }

    [Fact]
    public void ScoreLimit_CapsTheSumOfTheGroupValues_S14()
    {
        var score = Engagement(80, Group("sales", 60, Event("call_started", 15)), Group("marketing", 40, Event("cta_clicked", 6)));
        var contact = Contact().WithEvents("call_started", 4, AsOf).WithEvents("cta_clicked", 7, AsOf);

        var result = Evaluate(score, contact, AsOf);

        Assert.Equal(100, result.Groups.Sum(g => g.Value));
        Assert.Equal(80, result.Score);
    }

    [Fact]
    public void NoLimits_LegacyScoreHasNoMaximum_S15()
    {
        var score = Engagement(null, Group("forms", null, Event("form_submitted", 50)));

        Assert.Equal(5000, Evaluate(score, Contact().WithEvents("form_submitted", 100, AsOf), AsOf).Score);
    }

    [Fact]
    public void Floor_ByDefaultANegativeRuleNeverMakesAGroupOrTheTotalNegative_S16()
    {
        var competitor = Eq(Prop("is_competitor", ValueType.Bool), true);
        var score = Engagement(null, Group("marketing", null, Event("cta_clicked", 6), When(competitor, -100)));
        var contact = Contact().With("is_competitor", true).WithEvent("cta_clicked", AsOf);

        var result = Evaluate(score, contact, AsOf);

        Assert.Equal(-94, result.Groups[0].RawTotal);
        Assert.Equal(0, result.Groups[0].Value);
        Assert.Equal(0, result.Score);
    }

    [Fact]
    public void FloorNone_LegacyUnqualifiedFeedbackMinusHundred_GivesANegativeTotal_S16()
    {
        var feedback = Eq(Prop("sales_feedback", ValueType.EnumOf(["true_sql", "not_ready", "unqualified"])), "unqualified");
        var legacy = Engagement(null, Group("content", null, Event("form_submitted", 50)), Group("feedback", null, When(feedback, -100)));
        var score = legacy with { AllowNegative = true };
        var contact = Contact().With("sales_feedback", "unqualified").WithEvent("form_submitted", AsOf);

        var result = Evaluate(score, contact, AsOf);

        Assert.Equal(-100, result.FindGroup("feedback")!.Value);
        Assert.Equal(-50, result.Score);
    }

    [Fact]
    public void FloorNone_TheScoreLimitStillCapsFromAbove_S14_S16()
    {
        var score = Engagement(30, Group("content", null, Event("form_submitted", 50))) with { AllowNegative = true };

        Assert.Equal(30, Evaluate(score, Contact().WithEvent("form_submitted", AsOf), AsOf).Score);
    }

    [Fact]
    public void Shares_FourGroupsOfTwentyFivePercent_PageViewsCannotDominate_S33()
    {
        // `limit 25%` of a 100 limit is resolved by the binder to an absolute 25 (GroupSymbol.Limit).
        var score = Engagement(
            100,
            Group("emails", 25, Event("marketing_email_clicked", 5)),
            Group("events", 25, Event("webinar_attended", 10)),
            Group("page_views", 25, Event("page_viewed", 1)),
            Group("webinars", 25, Event("webinar_registered", 5)));
        var contact = Contact().WithEvents("page_viewed", 500, AsOf).WithEvent("marketing_email_clicked", AsOf);

        var result = Evaluate(score, contact, AsOf);

        Assert.Equal(25, result.FindGroup("page_views")!.Value);
        Assert.Equal(30, result.Score);
    }

    [Fact]
    public void ApplyLimitAndFloor_CapsFirstThenFloors_S13_S16()
    {
        Assert.Equal(40, ReferenceEvaluator.ApplyLimitAndFloor(55, 40, allowNegative: false));
        Assert.Equal(0, ReferenceEvaluator.ApplyLimitAndFloor(-5, 40, allowNegative: false));
        Assert.Equal(-5, ReferenceEvaluator.ApplyLimitAndFloor(-5, 40, allowNegative: true));
        Assert.Equal(0, ReferenceEvaluator.ApplyLimitAndFloor(-5, -10, allowNegative: false)); // a negative limit is still floored
    }

    [Fact]
    public void DecayedPointsAddUpBeforeTheGroupLimit_S17()
    {
        var score = Engagement(null, Group("marketing", 12, Event("cta_clicked", 6, decay: Stepped(50, 1, DurationUnit.Month))));
        var contact = Contact().WithEvents("cta_clicked", 3, AsOf.AddMonths(-1)).WithEvent("cta_clicked", AsOf); // 3 x 3 + 6 = 15

        var group = Evaluate(score, contact, AsOf).Groups[0];

        Assert.Equal(15, group.RawTotal);
        Assert.Equal(12, group.Value);
    }
}
