using ScoreLang.Semantics;
using Xunit;
using static ScoreLang.Core.Tests.Evaluation.ModelBuilder;
using static ScoreLang.Core.Tests.Evaluation.RecordBuilder;
using ValueType = ScoreLang.Semantics.ValueType;

namespace ScoreLang.Core.Tests.Evaluation;

/// <summary>Threshold bands and the A1..C3 tier of combined scores (S23, S24).</summary>
public sealed class ThresholdTests
{
    private static readonly DateTime AsOf = Utc(2024, 6, 1);

    /// <summary>A fit score whose value is the contact's "points" property, to place values exactly.</summary>
    private static ScoreSymbol ValueScore(bool allowNegative, params ThresholdSet[] thresholds)
    {
        var rules = new[] { 100.0, 64, 35, 5, 0.5, -100 }
            .Select(points => When(Eq(Prop("p" + points.ToString(System.Globalization.CultureInfo.InvariantCulture), ValueType.Bool), true), points))
            .ToArray<BoundRule>();
        return Score("s", ScoreKind.Fit, null, FitGroup("g", null, rules)) with { AllowNegative = allowNegative, Thresholds = [.. thresholds] };
    }

    private static string? TierOf(ScoreSymbol score, params double[] points)
    {
        var contact = Contact();
        foreach (var p in points)
        {
            contact = contact.With("p" + p.ToString(System.Globalization.CultureInfo.InvariantCulture), true);
        }

        return Evaluate(score, contact, AsOf).Tier;
    }

    [Theory]
    [InlineData(new[] { 64.0, 35.0 }, "high")]
    [InlineData(new[] { 100.0 }, "high")]
    [InlineData(new[] { 64.0, 5.0 }, "medium")]
    [InlineData(new[] { 64.0 }, "medium")]
    [InlineData(new[] { 35.0, 5.0 }, "medium")]
    [InlineData(new[] { 35.0, 0.5 }, "low")]
    [InlineData(new double[0], "low")]
    public void HighMediumLow_SortRecordsIntoBands_S23(double[] points, string tier)
    {
        var score = ValueScore(false, Thresholds(("high", 70, 100), ("medium", 40, 69), ("low", 0, 39)));

        Assert.Equal(tier, TierOf(score, points));
    }

    [Fact]
    public void Band_AValueBetweenTwoIntegerBands_BelongsToTheLowerOne_S23()
    {
        // 69.5 is in medium 40..69 because a value is in a..b when a <= v < b + 1.
        var score = ValueScore(false, Thresholds(("high", 70, 100), ("medium", 40, 69)));

        Assert.Equal("medium", TierOf(score, 64, 5, 0.5));
    }

    [Theory]
    [InlineData(new double[0], null)]
    [InlineData(new[] { 5.0 }, null)]
    [InlineData(new[] { 35.0 }, "MQL")]
    [InlineData(new[] { 64.0 }, "MQL")]
    [InlineData(new[] { 64.0, 0.5 }, "MQL")]
    [InlineData(new[] { 64.0, 5.0 }, "SQL")]
    [InlineData(new[] { 100.0, 100.0 }, "SQL")]
    public void LegacyLabels_ThirtyFiveToSixtyFourMqlSixtyFiveAndMoreSql_S23(double[] points, string? tier)
    {
        var score = ValueScore(true, Thresholds(("MQL", 35, 64), ("SQL", 65, null)));

        Assert.Equal(tier, TierOf(score, points));
    }

    [Fact]
    public void Gap_AValueInNoBand_HasNoTier_S23()
    {
        var score = ValueScore(false, Thresholds(("high", 70, 100), ("low", 0, 39)));

        Assert.Null(TierOf(score, 35, 5, 0.5)); // 40.5: in the gap 40..69
        Assert.Equal("low", TierOf(score, 35));
    }

    [Fact]
    public void NegativeValue_BelowEveryBand_HasNoTier_S23_S16()
    {
        var score = ValueScore(true, Thresholds(("MQL", 35, 64), ("SQL", 65, null)));

        Assert.Null(TierOf(score, -100));
    }

    [Theory]
    [InlineData(0, 80, "C1")]   // low fit, highly engaged
    [InlineData(80, 80, "A1")]
    [InlineData(80, 0, "A3")]
    [InlineData(50, 30, "B2")]
    [InlineData(20, 10, "C3")]
    public void Combined_TierIsTheFitLetterThenTheEngagementDigit_S24(double fit, double engagement, string tier)
    {
        var score = Score(
            "lead_quality",
            ScoreKind.Combined,
            null,
            FitGroup("profile", null, When(Truth(Prop("fit_ok", ValueType.Bool)), fit)),
            Group("activity", null, Event("meeting_booked", engagement))) with
        {
            Thresholds = [Thresholds(ScorePart.Fit, ("A", 70, 100), ("B", 40, 69), ("C", 0, 39)), Thresholds(ScorePart.Engagement, ("1", 50, 100), ("2", 20, 49), ("3", 0, 19))],
        };
        var contact = Contact().With("fit_ok", true).WithEvent("meeting_booked", AsOf);

        var result = Evaluate(score, contact, AsOf);

        Assert.Equal(fit, result.Fit);
        Assert.Equal(engagement, result.Engagement);
        Assert.Equal(tier, result.Tier);
    }

    [Fact]
    public void Combined_APartInNoBand_GivesNoTier_S24()
    {
        var score = ScoreKindTests.LeadQuality();
        var contact = Contact().WithEvents("meeting_booked", 5, AsOf); // engagement 100 (capped), fit 0

        Assert.Equal("C1", Evaluate(score, contact, AsOf).Tier);
        var narrow = score with { Thresholds = [score.Thresholds[0], Thresholds(ScorePart.Engagement, ("1", 50, 60))] };
        Assert.Null(Evaluate(narrow, contact, AsOf).Tier);
    }
}
