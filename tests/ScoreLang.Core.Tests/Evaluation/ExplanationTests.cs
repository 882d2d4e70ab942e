using ScoreLang.Evaluation;
using ScoreLang.Semantics;
using Xunit;
using static ScoreLang.Core.Tests.Evaluation.ModelBuilder;
using static ScoreLang.Core.Tests.Evaluation.RecordBuilder;
using ValueType = ScoreLang.Semantics.ValueType;

namespace ScoreLang.Core.Tests.Evaluation;

/// <summary>"Test a contact" (S28): the score with, rule by rule, what matched, raw and decayed points and the limits.</summary>
public sealed class ExplanationTests
{
    [Fact]
    public void Explanation_ListsEveryRuleMatchedOrNot_WithRawAndDecayedPointsAndTheLimitsEffect_S28()
    {
        var asOf = Utc(2024, 6, 1);
        var marketingRules = new BoundRule[]
        {
            Event("cta_clicked", 6, decay: Stepped(50, 1, DurationUnit.Month)),
            Event("marketing_email_opened", 2),
            When(Eq(Prop("job_title", ValueType.String), "CTO"), 30),
        };
        var score = Engagement(100, Group("sales", 60, Event("meeting_booked", 10)), Group("marketing", 40, marketingRules));
        var contact = Contact()
            .With("job_title", "cto")
            .WithEvents("cta_clicked", 2, asOf.AddMonths(-1))
            .WithEvent("cta_clicked", asOf)
            .WithEvents("marketing_email_opened", 3, asOf);

        var result = Evaluate(score, contact, asOf);

        var sales = result.FindGroup("sales")!;
        var booked = Assert.Single(sales.Rules);
        Assert.Same(score.Groups[0].Rules[0], booked.Rule); // the rule itself: its text and location for the report
        Assert.Equal((false, 0, 0.0, 0.0), (booked.Matched, booked.Occurrences, booked.RawPoints, booked.Points));
        Assert.Equal((0.0, 0.0, false), (sales.RawTotal, sales.Value, sales.LimitReached));

        var marketing = result.FindGroup("marketing")!;
        Assert.Equal((true, 3, 18.0, 12.0), Explain(marketing.Rules[0])); // 6 + 3 + 3 after decay
        Assert.Equal((true, 3, 6.0, 6.0), Explain(marketing.Rules[1]));
        Assert.Equal((true, 1, 30.0, 30.0), Explain(marketing.Rules[2]));
        Assert.Equal((48.0, 40.0, true), (marketing.RawTotal, marketing.Value, marketing.LimitReached)); // the group limit took 8
        Assert.Equal(40, result.Score);
    }

    private static (bool, int, double, double) Explain(RuleResult rule) => (rule.Matched, rule.Occurrences, rule.RawPoints, rule.Points);
}
