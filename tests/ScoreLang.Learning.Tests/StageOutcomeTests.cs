using ScoreLang.Learning.Stages;
using ScoreLang.Runtime;
using ScoreLang.Runtime.Building;
using ScoreLang.Semantics;
using ScoreLang.Syntax;
using Xunit;

namespace ScoreLang.Learning.Tests;

/// <summary>Stage-transition outcomes (S29): the syntax, who is left out (not started, already ended, censored) and who converted.</summary>
public sealed class StageOutcomeTests
{
    internal const string Schema = """
        record lead {
          source: enum { ads, search }
          mql_at: date
          won_at: datetime
          demo_at: date
        }
        event mql on lead
        event won on lead
        event page_viewed on lead
        """;

    [Theory]
    [InlineData("mql -> won within 90 days", "mql", "won", 90, DurationUnit.Day)]
    [InlineData("mql->customer within 3m", "mql", "customer", 3, DurationUnit.Month)]
    [InlineData("  became_mql  ->  won   within 1 year ", "became_mql", "won", 1, DurationUnit.Year)]
    [InlineData("a -> b within 2 WEEKS", "a", "b", 2, DurationUnit.Week)]
    public void Transition_IsReadFromItsText_S29(string text, string start, string end, int amount, DurationUnit unit)
    {
        var transition = StageTransition.TryParse(text);

        Assert.Equal(new StageTransition(start, end, new Duration(amount, unit)), transition);
    }

    [Fact]
    public void PropertyName_IsNotATransition_AndABadTransitionShowsTheSyntax()
    {
        Assert.Null(StageTransition.TryParse("converted"));
        var error = Assert.Throws<LearningException>(() => StageTransition.TryParse("mql -> won in 90 days"));
        Assert.Contains("START -> END within N days", error.Message, StringComparison.Ordinal);
        Assert.Throws<LearningException>(() => StageTransition.TryParse("mql -> won within 0 days"));
        Assert.Equal("mql -> won within 90 days", StageTransition.TryParse("mql->won within 90d")!.ToString());
    }

    [Fact]
    public void EventStages_LeaveOutNotStartedAlreadyEndedAndCensored_S29()
    {
        var data = Build(
            ("converted", D(2024, 1, 1), D(2024, 2, 1)),
            ("too_late", D(2024, 1, 1), D(2024, 6, 1)),
            ("never_mql", null, D(2024, 2, 1)),
            ("won_before", D(2024, 1, 10), D(2024, 1, 5)),
            ("recent", D(2024, 5, 1), D(2024, 5, 2)),
            ("not_won", D(2024, 1, 1), null),
            ("last_day", D(2024, 1, 1), D(2024, 3, 31)));

        // Without an as-of date the data's latest date (2024-06-01) ends the time frames: 'recent' is censored.
        var outcome = StageOutcome.Build(data, "lead", StageTransition.TryParse("mql -> won within 90 days")!, asOf: null);

        Assert.Equal(D(2024, 6, 1), outcome.AsOf);
        Assert.Equal((1, 1, 1), (outcome.NotStarted, outcome.AlreadyEnded, outcome.Censored));
        Assert.Equal(new[] { true, true, false, false, false, true, true }, outcome.Outcome.Known);
        Assert.Equal(new[] { true, false, false, false, false, false, true }, outcome.Outcome.Values); // 2024-03-31 is day 90
        Assert.Equal(D(2024, 1, 10).Ticks, outcome.ScoringTicks[3]);
        Assert.Contains(outcome.Outcome.Notes, n => n.Contains("1 are censored", StringComparison.Ordinal));

        var later = StageOutcome.Build(data, "lead", StageTransition.TryParse("mql -> won within 90 days")!, D(2024, 12, 1));
        Assert.Equal(0, later.Censored);
        Assert.True(later.Outcome.Known[4] && later.Outcome.Values[4]);
    }

    [Fact]
    public void DatePropertyStages_AreReadLikeEvents_AndAnUnknownStageNamesTheCandidates()
    {
        var data = Build(("a", D(2024, 1, 1), D(2024, 1, 20)), ("b", D(2024, 1, 1), null), ("c", null, null));

        var outcome = StageOutcome.Build(data, "lead", StageTransition.TryParse("mql_at -> won_at within 30 days")!, D(2024, 6, 1));

        Assert.Equal(new[] { true, true, false }, outcome.Outcome.Known);
        Assert.Equal(new[] { true, false, false }, outcome.Outcome.Values);
        var error = Assert.Throws<LearningException>(() => StageOutcome.Build(data, "lead", StageTransition.TryParse("sql -> won within 30 days")!, null));
        Assert.Contains("demo_at, mql, mql_at, page_viewed, won, won_at", error.Message, StringComparison.Ordinal);
    }

    internal static DateTime D(int year, int month, int day) => new(year, month, day, 0, 0, 0, DateTimeKind.Utc);

    internal static SchemaModel LeadSchema()
    {
        var compilation = Compilation.Create(SyntaxTree.Parse(Schema, "lead.schema"));
        Assert.False(compilation.HasErrors);
        return compilation.Program.Schema;
    }

    /// <summary>Leads with an 'mql' and a 'won' event, and the same dates in mql_at and won_at.</summary>
    private static ScoringData Build(params (string Id, DateTime? Mql, DateTime? Won)[] leads)
    {
        var builder = new ScoringDataBuilder(LeadSchema());
        var records = builder.Records("lead");
        foreach (var (id, mql, won) in leads)
        {
            var row = records.Add(id);
            if (mql is { } m)
            {
                builder.Events("mql").Add(id, m);
                records.SetValue(row, records.RecordType.FindProperty("mql_at")!.Ordinal, m);
            }

            if (won is { } w)
            {
                builder.Events("won").Add(id, w);
                records.SetValue(row, records.RecordType.FindProperty("won_at")!.Ordinal, w);
            }
        }

        return builder.Build();
    }
}
