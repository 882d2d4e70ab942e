using ScoreLang.Semantics;
using ScoreLang.Syntax;
using static ScoreLang.Compiler.Tests.Support.Model;

namespace ScoreLang.Compiler.Tests.Support;

/// <summary>Two models that between them use every construct the generator knows; their generated C# is baselined.</summary>
internal static class SampleModels
{
    /// <summary>A contact engagement score: decays, windows, once, counts, where clauses, filters, thresholds.</summary>
    public static BoundProgram Engagement() => Program(Score(
        "contact_engagement",
        ScoreKind.Engagement,
        100,
        [
            Group("sales", 60, EventRule(Meeting, 10, line: 10), EventRule(Meeting, 5, count: new CountRange(2, 3), line: 11)),
            Group(
                "marketing",
                40,
                EventRule(Opened, 2, decay: Stepped(50, 1, DurationUnit.Month), line: 13),
                EventRule(Opened, 5, where: Compare(Attr(Opened, "subject"), ComparisonOperator.Contains, "pricing"), once: true, decay: Linear(100, 3, DurationUnit.Month), line: 14),
                EventRule(Opened, 1, where: new BoundIn(Attr(Opened, "campaign"), false, [Const("spring")], default), within: new Duration(30, DurationUnit.Day), decay: HalfLife(2, DurationUnit.Week), line: 15),
                EventRule(Opened, -3, count: new CountRange(6, null), line: 16)),
        ],
        filters: [new BoundFilter(true, "partners", null, Here(18)), new BoundFilter(true, null, Compare(Prop("stage"), ComparisonOperator.Equal, Const("customer")), Here(19))],
        thresholds: [Thresholds(null, ("high", 70, 100), ("medium", 40, 69), ("low", 0, 39))]));

    /// <summary>A combined score with fit rules over the contact and its company, and a company engagement score (S2).</summary>
    public static BoundProgram Combined() => Program(
        Score(
            "lead_grade",
            ScoreKind.Combined,
            null,
            [
                FitGroup(
                    "profile",
                    50,
                    When(Compare(Prop("title"), ComparisonOperator.StartsWith, "VP"), 20, line: 21),
                    When(new BoundIn(CompanyProp("industry"), true, [Const("retail")], default), 15, line: 22),
                    When(new BoundBetween(CompanyProp("employees"), Const(50.0), Const(500.0), default), 10, line: 23),
                    When(new BoundIsKnown(Prop("last_open"), false, default), -5, line: 24),
                    When(new BoundInList("vips", false, default), 7, line: 25),
                    When(new BoundRelativeDate(Prop("created"), RelativeDateOperator.WithinLast, new Duration(1, DurationUnit.Year), default), 3, line: 26),
                    When(Compare(new BoundDaysSince(Prop("last_open"), default), ComparisonOperator.Greater, 30.0), -2, line: 27)),
                Group("activity", null, EventRule(Opened, 1, where: Compare(Attr(Opened, "rating"), ComparisonOperator.GreaterOrEqual, 3.0), line: 28)),
            ],
            thresholds:
            [
                Thresholds(ScorePart.Fit, ("A", 40, null), ("B", 20, 39), ("C", 0, 19)),
                Thresholds(ScorePart.Engagement, ("1", 10, null), ("2", 3, 9), ("3", 0, 2)),
            ],
            allowNegative: true),
        Score(
            "company_engagement",
            ScoreKind.Engagement,
            null,
            [Group("contacts", 30, EventRule(Opened, 2, decay: Stepped(25, 1, DurationUnit.Week), line: 31), EventRule(Visited, 1, line: 32))],
            filters: [new BoundFilter(false, "big", null, Here(33))],
            recordType: "company"));
}
