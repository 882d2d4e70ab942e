using ScoreLang.Evaluation;
using ScoreLang.Semantics;
using Xunit;
using static ScoreLang.Core.Tests.Evaluation.ModelBuilder;
using static ScoreLang.Core.Tests.Evaluation.RecordBuilder;
using ValueType = ScoreLang.Semantics.ValueType;

namespace ScoreLang.Core.Tests.Evaluation;

/// <summary>Evaluation over time: retroactive evaluation, history, band changes and definition changes (S25-S27).</summary>
public sealed class HistoryTests
{
    private static ScoreSymbol DecayingScore() => Engagement(
        100,
        Group("sales", 60, Event("meeting_completed", 40, decay: Stepped(50, 1, DurationUnit.Month))),
        Group("marketing", 40, Event("cta_clicked", 20))) with
    {
        Thresholds = [Thresholds(("high", 70, 100), ("medium", 40, 69), ("low", 0, 39))],
    };

    private static RecordData ActiveContact() => Contact()
        .WithEvent("cta_clicked", Utc(2024, 1, 10))
        .WithEvent("meeting_completed", Utc(2024, 2, 1))
        .WithEvent("meeting_completed", Utc(2024, 2, 15))
        .WithEvent("cta_clicked", Utc(2024, 3, 5));

    [Fact]
    public void History_EvaluatingAtSuccessiveDates_GivesTheScoreOverTime_S27_S26()
    {
        var score = DecayingScore();
        var evaluator = new ReferenceEvaluator(Program(score));
        var dates = new[] { Utc(2024, 1, 1), Utc(2024, 2, 1), Utc(2024, 2, 15), Utc(2024, 3, 1), Utc(2024, 3, 15), Utc(2024, 4, 15) };

        var history = ScoreHistory.Evaluate(evaluator, score, ActiveContact(), dates);

        // 1 Jan: nothing yet. 1 Feb: click 20 + meeting 40. 15 Feb: + second meeting, sales capped at 60.
        // 1 Mar: first meeting halved (20) + 40 = 60, click 20. 15 Mar: 20 + 20 = 40, two clicks 40.
        // 15 Apr: both meetings are two whole months old, so 0; the clicks (no decay) still give 40.
        Assert.Equal<double?>([0, 60, 80, 80, 80, 40], history.Select(r => r.Score));
        Assert.Equal<string?>(["low", "medium", "high", "high", "high", "medium"], history.Select(r => r.Tier));
        Assert.Equal(dates, history.Select(r => r.AsOf));
    }

    [Fact]
    public void BandChange_BetweenTwoRuns_SaysWhichThresholdWasCrossed_S25()
    {
        var score = DecayingScore();
        var evaluator = new ReferenceEvaluator(Program(score));

        var previous = evaluator.Evaluate(score, ActiveContact(), Utc(2024, 2, 1));
        var current = evaluator.Evaluate(score, ActiveContact(), Utc(2024, 2, 15));

        var change = ScoreHistory.FindTierChange(previous, current);

        Assert.NotNull(change);
        Assert.Equal(("medium", "high"), (change.FromTier, change.ToTier));
        Assert.Equal((60.0, 80.0), (change.FromScore!.Value, change.ToScore!.Value));
        Assert.Null(ScoreHistory.FindTierChange(current, evaluator.Evaluate(score, ActiveContact(), Utc(2024, 3, 1))));
    }

    [Fact]
    public void BandChanges_AlongAHistory_ListEveryCrossingInOrder_S25_S27()
    {
        var score = DecayingScore();
        var evaluator = new ReferenceEvaluator(Program(score));
        var history = ScoreHistory.Evaluate(evaluator, score, ActiveContact(), [Utc(2024, 1, 1), Utc(2024, 2, 1), Utc(2024, 2, 15), Utc(2024, 4, 15)]);

        var changes = ScoreHistory.TierChanges(history);

        Assert.Equal<(string?, string?)>([("low", "medium"), ("medium", "high"), ("high", "medium")], changes.Select(c => (c.FromTier, c.ToTier)));
    }

    [Fact]
    public void Retroactive_SwitchingAScoreOnEvaluatesHistoricalEvents_S26()
    {
        // The score did not exist when these events happened; evaluated today, they still count (decayed by age).
        var result = Evaluate(DecayingScore(), ActiveContact(), Utc(2024, 3, 15));

        Assert.Equal(80, result.Score);
    }

    [Fact]
    public void DefinitionChange_IsAFullReEvaluation_AndItsImpactIsTheBandChanges_S26()
    {
        var before = DecayingScore();
        var after = before with { Groups = [before.Groups[0], Group("marketing", 40, Event("cta_clicked", 5))] };
        var asOf = Utc(2024, 3, 15);
        var contacts = new[] { ActiveContact(), Contact("c2").WithEvent("cta_clicked", asOf), Contact("c3") };

        var moved = contacts
            .Select(c => ScoreHistory.FindTierChange(Evaluate(before, c, asOf), Evaluate(after, c, asOf)))
            .Where(change => change is not null)
            .ToList();

        var change = Assert.Single(moved);
        Assert.Equal(("c1", "high", "medium"), (change!.RecordId, change.FromTier, change.ToTier)); // 80 -> 50
    }

    [Fact]
    public void BandChange_ScoredThenExcluded_IsAChangeToNoTier_S25_S20()
    {
        var score = DecayingScore() with { Filters = [ExcludeWhen(Truth(Prop("is_customer", ValueType.Bool)))] };
        var asOf = Utc(2024, 3, 15);

        var change = ScoreHistory.FindTierChange(
            Evaluate(score, ActiveContact(), asOf),
            Evaluate(score, ActiveContact().With("is_customer", true), asOf));

        Assert.Equal(("high", null), (change!.FromTier, change.ToTier));
        Assert.Null(change.ToScore);
    }
}
