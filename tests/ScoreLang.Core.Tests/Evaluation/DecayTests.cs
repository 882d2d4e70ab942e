using ScoreLang.Evaluation;
using ScoreLang.Semantics;
using ScoreLang.Syntax;
using Xunit;
using static ScoreLang.Core.Tests.Evaluation.ModelBuilder;
using static ScoreLang.Core.Tests.Evaluation.RecordBuilder;

namespace ScoreLang.Core.Tests.Evaluation;

/// <summary>Decay per event occurrence (S17-S19), through <see cref="DecayCalculator"/> and the evaluator.</summary>
public sealed class DecayTests
{
    private static readonly DecaySpec HalfEveryMonth = Stepped(50, 1, DurationUnit.Month);

    [Theory]
    [InlineData(0, 10.0)]
    [InlineData(1, 5.0)]
    [InlineData(2, 0.0)]
    [InlineData(7, 0.0)]
    public void StepDecay_TenPointsAtFiftyPercentMonthly_GivesTenFiveZero_S18(int monthsAgo, double expected)
    {
        var asOf = Utc(2024, 6, 15);
        var score = Engagement(null, Group("forms", null, Event("form_submitted", 10, decay: HalfEveryMonth)));
        var contact = Contact().WithEvent("form_submitted", asOf.AddMonths(-monthsAgo));

        Assert.Equal(expected, Evaluate(score, contact, asOf).Score);
    }

    [Fact]
    public void StepDecay_JustBeforeAWholeMonth_KeepsTheFullPoints_S19()
    {
        var submitted = Utc(2024, 5, 15, 12);

        Assert.Equal(1.0, DecayCalculator.Factor(HalfEveryMonth, submitted, Utc(2024, 6, 15, 11)));
        Assert.Equal(0.5, DecayCalculator.Factor(HalfEveryMonth, submitted, Utc(2024, 6, 15, 12)));
    }

    [Fact]
    public void StepDecay_TwoPointCtaAtHundredPercentInThreeMonths_IsZeroFourMonthsLater_S18()
    {
        var asOf = Utc(2024, 6, 1);
        var score = Engagement(null, Group("marketing", null, Event("cta_clicked", 2, decay: Stepped(100, 3, DurationUnit.Month))));

        Assert.Equal(2, Evaluate(score, Contact().WithEvent("cta_clicked", Utc(2024, 3, 2)), asOf).Score);
        Assert.Equal(0, Evaluate(score, Contact().WithEvent("cta_clicked", Utc(2024, 3, 1)), asOf).Score);
        Assert.Equal(0, Evaluate(score, Contact().WithEvent("cta_clicked", Utc(2024, 2, 1)), asOf).Score);
    }

    [Fact]
    public void StepDecay_CalendarMonths_ThirtyFirstOfJanuaryPlusOneMonthIsTheTwentyNinthOfFebruary_S19()
    {
        var clicked = Utc(2024, 1, 31);

        Assert.Equal(1.0, DecayCalculator.Factor(HalfEveryMonth, clicked, Utc(2024, 2, 28)));
        Assert.Equal(0.5, DecayCalculator.Factor(HalfEveryMonth, clicked, Utc(2024, 2, 29)));
        // Two months are 31 March (AddMonths(2) from the original date), not 29 March.
        Assert.Equal(0.5, DecayCalculator.Factor(HalfEveryMonth, clicked, Utc(2024, 3, 30)));
        Assert.Equal(0.0, DecayCalculator.Factor(HalfEveryMonth, clicked, Utc(2024, 3, 31)));
    }

    [Fact]
    public void StepDecay_WeeksDaysAndYears_StepAtEachWholePeriod_S19()
    {
        var at = Utc(2024, 1, 1);

        Assert.Equal(0.75, DecayCalculator.Factor(Stepped(25, 1, DurationUnit.Week), at, Utc(2024, 1, 13)));
        Assert.Equal(0.9, DecayCalculator.Factor(Stepped(10, 10, DurationUnit.Day), at, Utc(2024, 1, 11)), 12);
        Assert.Equal(0.8, DecayCalculator.Factor(Stepped(20, 1, DurationUnit.Year), at, Utc(2025, 6, 1)), 12);
    }

    [Fact]
    public void LinearDecay_HundredPercentOverThirtyDays_DropsDayByDay_S19()
    {
        var linear = Linear(100, 30, DurationUnit.Day);
        var at = Utc(2024, 1, 1);

        Assert.Equal(1.0, DecayCalculator.Factor(linear, at, at));
        Assert.Equal(0.5, DecayCalculator.Factor(linear, at, Utc(2024, 1, 16)), 12);
        Assert.Equal(0.5, DecayCalculator.Factor(linear, at, Utc(2024, 1, 16, 23)), 12); // whole days only
        Assert.Equal(0.0, DecayCalculator.Factor(linear, at, Utc(2024, 1, 31)));
        Assert.Equal(0.0, DecayCalculator.Factor(linear, at, Utc(2025, 1, 1))); // never below 0
    }

    [Fact]
    public void LinearDecay_OverThreeMonths_UsesTheDaysOfTheFirstPeriodAfterTheEvent_S19()
    {
        // 1 Jan 2023 + 3 months = 1 Apr 2023: D = 90 days. 45 days later the factor is 1/2.
        var linear = Linear(100, 3, DurationUnit.Month);

        Assert.Equal(0.5, DecayCalculator.Factor(linear, Utc(2023, 1, 1), Utc(2023, 2, 15)), 12);
    }

    [Fact]
    public void HalfLifeDecay_ThirtyDays_HalvesEveryThirtyDaysContinuously_S19()
    {
        var halfLife = HalfLife(30, DurationUnit.Day);
        var at = Utc(2024, 1, 1);

        Assert.Equal(0.5, DecayCalculator.Factor(halfLife, at, at.AddDays(30)), 12);
        Assert.Equal(0.25, DecayCalculator.Factor(halfLife, at, at.AddDays(60)), 12);
        Assert.Equal(Math.Pow(0.5, 15.0 / 30), DecayCalculator.Factor(halfLife, at, at.AddDays(15)), 12);
    }

    [Fact]
    public void Decay_EachOccurrenceDecaysByItsOwnAgeFromTheOriginalPoints_S17()
    {
        var asOf = Utc(2024, 6, 15);
        var score = Engagement(null, Group("forms", null, Event("form_submitted", 10, decay: HalfEveryMonth)));
        var contact = Contact()
            .WithEvent("form_submitted", asOf)                // 10
            .WithEvent("form_submitted", asOf.AddMonths(-1))  // 5
            .WithEvent("form_submitted", asOf.AddMonths(-2)); // 0

        var rule = Evaluate(score, contact, asOf).Groups[0].Rules[0];

        Assert.Equal(3, rule.Occurrences);
        Assert.Equal(30, rule.RawPoints);
        Assert.Equal(15, rule.Points);
    }

    [Fact]
    public void Decay_GroupDecayAppliesToItsRulesAndARuleMayOptOut_S19()
    {
        var asOf = Utc(2024, 6, 15);
        var rules = new BoundRule[] { Event("cta_clicked", 6, decay: HalfEveryMonth), Event("webinar_attended", 10, decay: null) };
        var group = Group("marketing", null, rules) with { Decay = HalfEveryMonth };
        var contact = Contact().WithEvent("cta_clicked", asOf.AddMonths(-1)).WithEvent("webinar_attended", asOf.AddMonths(-1));

        var results = Evaluate(Engagement(null, group), contact, asOf).Groups[0].Rules;

        Assert.Equal(3, results[0].Points);  // the group's decay (resolved by the binder into the rule)
        Assert.Equal(10, results[1].Points); // `no decay`: the rule's effective decay is none
    }

    [Fact]
    public void Decay_EventsAfterTheEvaluationDate_AreIgnored_S19()
    {
        var asOf = Utc(2024, 3, 1);
        var contact = Contact().WithEvent("meeting_booked", asOf).WithEvent("meeting_booked", asOf.AddSeconds(1));

        var result = Evaluate(WorkedExampleTests.WorkedExampleScore(), contact, asOf);

        Assert.Equal(1, result.FindGroup("sales")!.Rules[1].Occurrences);
        Assert.Equal(10, result.Score);
    }

    [Fact]
    public void Decay_HistoricalEventsAreDecayedByTheirAge_S18()
    {
        // Data loaded when the score is switched on is decayed like any other (S18, S26).
        var asOf = Utc(2024, 6, 15);
        var score = Engagement(null, Group("marketing", null, Event("cta_clicked", 6, decay: Stepped(25, 1, DurationUnit.Year))));

        Assert.Equal(3, Evaluate(score, Contact().WithEvent("cta_clicked", Utc(2022, 6, 1)), asOf).Score);
    }

    [Theory]
    [InlineData(DecayForm.Stepped)]
    [InlineData(DecayForm.Linear)]
    [InlineData(DecayForm.HalfLife)]
    public void Decay_EventTenThousandYearsBack_GivesZeroWithoutThrowing_S19(DecayForm form)
    {
        var decay = new DecaySpec(form, 1, new Duration(1, DurationUnit.Year));

        var factor = DecayCalculator.Factor(decay, DateTime.MinValue, DateTime.MaxValue);

        Assert.InRange(factor, 0.0, 1e-300);
    }

    [Fact]
    public void Decay_NearTheEndOfTheCalendar_DoesNotThrow_S19()
    {
        var lastDay = DateTime.MaxValue.AddDays(-1);

        Assert.Equal(1.0, DecayCalculator.Factor(Stepped(50, 1, DurationUnit.Month), lastDay, DateTime.MaxValue));
        Assert.InRange(DecayCalculator.Factor(Linear(100, 1, DurationUnit.Month), lastDay, DateTime.MaxValue), 0.96, 0.97);
        Assert.Equal(0, DecayCalculator.WholePeriods(new Duration(int.MaxValue, DurationUnit.Year), DateTime.MinValue, DateTime.MaxValue, 10));
    }

    [Fact]
    public void Decay_NoneOrZeroPercent_KeepsEveryPoint_S19()
    {
        var old = Utc(2000, 1, 1);
        var asOf = Utc(2024, 1, 1);

        Assert.Equal(1.0, DecayCalculator.Factor(null, old, asOf));
        Assert.Equal(1.0, DecayCalculator.Factor(new DecaySpec(DecayForm.None, 0, new Duration(1, DurationUnit.Day)), old, asOf));
        Assert.Equal(1.0, DecayCalculator.Factor(Stepped(0, 1, DurationUnit.Day), old, asOf));
    }
}
