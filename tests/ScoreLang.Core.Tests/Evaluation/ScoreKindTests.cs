using ScoreLang.Evaluation;
using ScoreLang.Semantics;
using ScoreLang.Syntax;
using Xunit;
using static ScoreLang.Core.Tests.Evaluation.ModelBuilder;
using static ScoreLang.Core.Tests.Evaluation.RecordBuilder;
using ValueType = ScoreLang.Semantics.ValueType;

namespace ScoreLang.Core.Tests.Evaluation;

/// <summary>Fit, combined and several scores per record type, and the output properties (S6, S7, S8, S22).</summary>
public sealed class ScoreKindTests
{
    private static readonly DateTime AsOf = Utc(2024, 6, 1);
    private static readonly BoundPropertyAccess Title = Prop("job_title", ValueType.String);

    internal static ScoreSymbol LeadQuality() => Score(
        "lead_quality",
        ScoreKind.Combined,
        200,
        FitGroup("profile", 100, When(Compare(Title, ComparisonOperator.Contains, "director"), 40), When(Eq(CompanyProp("industry", ValueType.String), "software"), 30)),
        Group("activity", 100, Event("form_submitted", 50, decay: Linear(100, 3, DurationUnit.Month)), Event("meeting_booked", 30))) with
    {
        Thresholds = [Thresholds(ScorePart.Fit, ("A", 70, 100), ("B", 40, 69), ("C", 0, 39)), Thresholds(ScorePart.Engagement, ("1", 50, 100), ("2", 20, 49), ("3", 0, 19))],
    };

    [Fact]
    public void FitRules_NeverDecay_EvenWhenARuleCarriesADecay_S6()
    {
        // A fit score's event rule (e.g. "has ever attended a trade show") keeps its points whatever its age.
        var score = Score("fit", ScoreKind.Fit, null, FitGroup("profile", null, Event("trade_show_visit", 10, decay: Stepped(100, 1, DurationUnit.Day))));

        Assert.Equal(10, Evaluate(score, Contact().WithEvent("trade_show_visit", Utc(2020, 1, 1)), AsOf).Score);
    }

    [Fact]
    public void Combined_ProducesTotalEngagementAndFit_S7()
    {
        var contact = Contact()
            .With("job_title", "IT Director")
            .WithCompany(Company().With("industry", "software"))
            .WithEvent("form_submitted", Utc(2023, 1, 1));

        var result = Evaluate(LeadQuality(), contact, Utc(2023, 2, 15)); // 45 of 90 days: half of 50

        Assert.Equal(70, result.Fit);
        Assert.Equal(25, result.Engagement);
        Assert.Equal(95, result.Score);
        Assert.Equal("A2", result.Tier);
    }

    [Fact]
    public void Combined_FitGroupsNeverDecayButEngagementGroupsDo_S6_S7()
    {
        var score = LeadQuality();
        var contact = Contact().With("job_title", "Director").WithEvent("meeting_booked", Utc(2020, 1, 1));

        var result = Evaluate(score with { Groups = [score.Groups[0], score.Groups[1] with { Rules = [Event("meeting_booked", 30, decay: Stepped(100, 1, DurationUnit.Day))] }] }, contact, AsOf);

        Assert.Equal(40, result.Fit);
        Assert.Equal(0, result.Engagement);
    }

    [Fact]
    public void SeveralScoresOnOneRecordType_EachProducesItsOwnValue_S8()
    {
        var productA = Engagement(null, Group("a", null, Event("page_viewed", 1, where: Compare(Attr("url", ValueType.String), ComparisonOperator.Contains, "/product-a")))) with { Name = "product_a" };
        var productB = Engagement(null, Group("b", null, Event("page_viewed", 1, where: Compare(Attr("url", ValueType.String), ComparisonOperator.Contains, "/product-b")))) with { Name = "product_b" };
        var program = Program(productA, productB);
        var contact = Contact()
            .WithEvent("page_viewed", AsOf, ("url", "/product-a/pricing"))
            .WithEvent("page_viewed", AsOf, ("url", "/product-a/docs"))
            .WithEvent("page_viewed", AsOf, ("url", "/product-b"));
        var evaluator = new ReferenceEvaluator(program);

        Assert.Equal(2, evaluator.Evaluate(program.FindScore("product_a")!, contact, AsOf).Score);
        Assert.Equal(1, evaluator.Evaluate(program.FindScore("product_b")!, contact, AsOf).Score);
    }

    [Fact]
    public void Outputs_AnEngagementScoreWritesItsScoreAndTierProperties_S22()
    {
        var score = WorkedExampleTests.WorkedExampleScore() with
        {
            Outputs = new ScoreOutputs("engagement_score", "engagement_tier", null, null),
            Thresholds = [Thresholds(("high", 70, 100), ("medium", 40, 69), ("low", 0, 39))],
        };
        var result = Evaluate(score, Contact().WithEvent("meeting_booked", AsOf), AsOf);

        var values = ScoreOutputValues.For(score, result);

        Assert.Equal<OutputValue>([new OutputValue("engagement_score", 10.0), new OutputValue("engagement_tier", "low")], values);
    }

    [Fact]
    public void Outputs_ACombinedScoreWritesTotalEngagementFitAndTier_S22_S7()
    {
        var score = LeadQuality();
        var contact = Contact().With("job_title", "Director").WithEvent("meeting_booked", AsOf);

        var values = ScoreOutputValues.For(score, Evaluate(score, contact, AsOf));

        Assert.Equal<OutputValue>(
            [
                new OutputValue("lead_quality", 70.0),
                new OutputValue("lead_quality_engagement", 30.0),
                new OutputValue("lead_quality_fit", 40.0),
                new OutputValue("lead_quality_tier", "B2"),
            ],
            values);
    }

    [Fact]
    public void Outputs_AnUnscoredRecordGetsEveryPropertyEmptyNotZero_S22_S20()
    {
        var score = LeadQuality() with { Filters = [Exclude("employees")] };

        var values = ScoreOutputValues.For(score, Evaluate(score, Contact().InList("employees"), AsOf, List("employees")));

        Assert.Equal(4, values.Length);
        Assert.All(values, value => Assert.Null(value.Value));
    }
}
