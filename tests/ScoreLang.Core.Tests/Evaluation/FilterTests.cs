using ScoreLang.Semantics;
using Xunit;
using static ScoreLang.Core.Tests.Evaluation.ModelBuilder;
using static ScoreLang.Core.Tests.Evaluation.RecordBuilder;
using ValueType = ScoreLang.Semantics.ValueType;

namespace ScoreLang.Core.Tests.Evaluation;

/// <summary>Which records are scored: exclusion and inclusion, and empty is not 0 (S20, S21).</summary>
public sealed class FilterTests
{
    private static readonly DateTime AsOf = Utc(2024, 6, 1);
    private static readonly BoundPropertyAccess Stage = Prop("lifecycle_stage", ValueType.EnumOf(["lead", "opportunity", "customer"]));

    private static ScoreSymbol ScoreWith(params BoundFilter[] filters) =>
        WorkedExampleTests.WorkedExampleScore() with { Filters = [.. filters], Thresholds = [Thresholds(("low", 0, 39), ("high", 40, null))] };

    [Fact]
    public void Exclusion_AnExcludedRecordHasNoValueAtAll_WhichIsNotZero_S20()
    {
        var score = ScoreWith(Exclude("employees"));
        var employee = Contact().InList("employees").WithEvent("meeting_completed", AsOf);

        var result = Evaluate(score, employee, AsOf, List("employees"));

        Assert.False(result.IsScored);
        Assert.Null(result.Score);
        Assert.Null(result.Tier);
        Assert.Empty(result.Groups);
    }

    [Fact]
    public void Exclusion_ARecordNotOnTheList_IsScoredEvenWithZeroPoints_S20()
    {
        var result = Evaluate(ScoreWith(Exclude("employees")), Contact(), AsOf, List("employees"));

        Assert.True(result.IsScored);
        Assert.Equal(0, result.Score);
        Assert.Equal("low", result.Tier);
    }

    [Fact]
    public void Inclusion_OnlyRecordsOnAnInclusionListAreScored_S20()
    {
        var score = ScoreWith(Include("newsletter"), Include("webinar_attendees"));
        var lists = new[] { List("newsletter"), List("webinar_attendees") };

        Assert.True(Evaluate(score, Contact().InList("webinar_attendees"), AsOf, lists).IsScored);
        Assert.False(Evaluate(score, Contact(), AsOf, lists).IsScored);
    }

    [Fact]
    public void InclusionAndExclusion_ExclusionWins_S20()
    {
        var score = ScoreWith(Include("newsletter"), Exclude("employees"));

        var result = Evaluate(score, Contact().InList("newsletter").InList("employees"), AsOf, List("newsletter"), List("employees"));

        Assert.False(result.IsScored);
    }

    [Theory]
    [InlineData("customer", false)]
    [InlineData("opportunity", false)]
    [InlineData("lead", true)]
    [InlineData(null, true)] // unknown stage: the condition is false, so not excluded
    public void Exclusion_CustomersAndOpenOpportunitiesByCondition_S21(string? stage, bool scored)
    {
        var score = ScoreWith(ExcludeWhen(In(Stage, "customer", "opportunity")));

        Assert.Equal(scored, Evaluate(score, Contact().With("lifecycle_stage", stage), AsOf).IsScored);
    }

    [Fact]
    public void Exclusion_EmployeesPartnersAndUnsubscribedByConditionalAndStaticLists_S21()
    {
        var lists = new[] { List("employees"), List("partners"), List("unsubscribed", Truth(Prop("unsubscribed", ValueType.Bool))) };
        var score = ScoreWith(Exclude("employees"), Exclude("partners"), Exclude("unsubscribed"));

        Assert.False(Evaluate(score, Contact().InList("partners"), AsOf, lists).IsScored);
        Assert.False(Evaluate(score, Contact().With("unsubscribed", true), AsOf, lists).IsScored);
        Assert.True(Evaluate(score, Contact().With("unsubscribed", false), AsOf, lists).IsScored);
    }
}
