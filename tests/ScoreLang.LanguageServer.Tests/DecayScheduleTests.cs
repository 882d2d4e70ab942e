using ScoreLang.LanguageServer.Hovers;
using ScoreLang.Semantics;
using ScoreLang.Syntax;
using Xunit;

namespace ScoreLang.LanguageServer.Tests;

public sealed class DecayScheduleTests
{
    [Fact]
    public void SteppedHalfEveryMonth_ShowsTenFiveZero_S18()
    {
        var decay = new DecaySpec(DecayForm.Stepped, 50, new Duration(1, DurationUnit.Month));

        Assert.Equal("10 → 5 after 1 month → 0 after 2 months", DecaySchedule.Line(10, decay));
        Assert.Equal("| Age | Points |\n|---|---:|\n| new | 10 |\n| 1 month | 5 |\n| 2 months | 0 |\n", DecaySchedule.Table(10, decay));
    }

    [Fact]
    public void LinearOverThreeMonths_IsZeroAfterThreeMonths_S18()
    {
        var decay = new DecaySpec(DecayForm.Linear, 100, new Duration(3, DurationUnit.Month));

        var steps = DecaySchedule.Steps(2, decay);

        Assert.Equal(["new", "1 month", "2 months", "3 months"], steps.Select(s => s.Age));
        Assert.Equal(0, steps[^1].Points);
        Assert.True(steps[1].Points is > 0 and < 2 && steps[2].Points < steps[1].Points);
    }

    [Fact]
    public void HalfLife_NeverReachesZero_AndSaysSo()
    {
        var decay = new DecaySpec(DecayForm.HalfLife, 0, new Duration(30, DurationUnit.Day));

        var line = DecaySchedule.Line(8, decay);

        Assert.StartsWith("8 → 4 after 30 days → 2 after 60 days", line, StringComparison.Ordinal);
        Assert.EndsWith("→ …", line, StringComparison.Ordinal);
    }
}
