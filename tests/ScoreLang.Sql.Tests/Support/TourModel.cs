using ScoreLang.Semantics;
using ScoreLang.Syntax;
using static ScoreLang.Sql.Tests.Support.Models;
using ValueType = ScoreLang.Semantics.ValueType;

namespace ScoreLang.Sql.Tests.Support;

/// <summary>
/// Scores that use every construct the SQL back end translates, over <see cref="TestSchema"/>: filters, every kind of
/// condition, every kind of event rule and decay, limits, floors, parts and tiers, company engagement (S2).
/// The baselines show their SQL for each dialect; the differential tests run them.
/// </summary>
internal static class TourModel
{
    public static ScoreSymbol Lead { get; } = Score(
        "lead", ScoreKind.Combined, 150,
        [
            FitGroup("profile", 100,
                When(Compare(Prop("title"), ComparisonOperator.Contains, Const("Director")), 30),
                When(Compare(Prop("email"), ComparisonOperator.EndsWith, Const("@gmail.com")), -20),
                When(Compare(Prop("email"), ComparisonOperator.StartsWith, Const("ceo")), 5),
                When(Compare(ViaCompany("size"), ComparisonOperator.GreaterOrEqual, Const(100.0)), 20),
                When(new BoundIn(ViaCompany("industry"), false, [Const("software", TestSchema.Industry), Const("Finance", TestSchema.Industry)], default), 15),
                When(new BoundIn(Prop("stage"), true, [Const("customer", TestSchema.Stage)], default), 5),
                When(new BoundBetween(Prop("age"), Const(25.0), Const(45.0), default), 10),
                When(new BoundIsKnown(Prop("email"), false, default), -10),
                When(InList("partners"), 10),
                When(Not(InList("customers")), 1),
                When(new BoundTruth(Prop("vip"), default), 7),
                When(And(new BoundTruth(ViaCompany("active"), default), Not(Compare(ViaCompany("name"), ComparisonOperator.Equal, Const("O'Brien \\ Sons")))), 3)),
            Group("activity", 100,
                Event(TestSchema.Visit, 2, decay: Stepped(50, 1, DurationUnit.Month)),
                Event(TestSchema.Visit, 10, where: Compare(Attr(TestSchema.Visit, "url"), ComparisonOperator.Contains, Const("/pricing")), decay: Linear(100, 3, DurationUnit.Month)),
                Event(TestSchema.Form, 50, where: Compare(Attr(TestSchema.Form, "form"), ComparisonOperator.Equal, Const("Demo request")), once: true, decay: HalfLife(2, DurationUnit.Week)),
                Event(TestSchema.EmailOpen, 3, count: new CountRange(2, 5)),
                Event(TestSchema.EmailOpen, 6, count: new CountRange(6, null)),
                Event(TestSchema.Visit, 1, within: new Duration(30, DurationUnit.Day), decay: Stepped(10, 1, DurationUnit.Week))),
            Group("recency", 20,
                When(new BoundRelativeDate(Prop("last_open"), RelativeDateOperator.WithinLast, new Duration(1, DurationUnit.Month), default), 10),
                When(new BoundRelativeDate(Prop("created"), RelativeDateOperator.MoreThanAgo, new Duration(1, DurationUnit.Year), default), 5),
                When(Compare(new BoundDaysSince(Prop("last_open"), default), ComparisonOperator.Less, Const(7.0)), 5)),
        ],
        thresholds:
        [
            Thresholds(ScorePart.Fit, ("A", 70, null), ("B", 40, 69), ("C", int.MinValue, 39)),
            Thresholds(ScorePart.Engagement, ("1", 50, null), ("2", 20, 49), ("3", 0, 19)),
        ],
        filters: [Exclude("employees"), new BoundFilter(true, null, Compare(Prop("stage"), ComparisonOperator.Equal, Const("lead", TestSchema.Stage)), TestSchema.Here)]);

    public static ScoreSymbol CompanyEngagement { get; } = Score(
        "company_engagement", ScoreKind.Engagement, 100,
        [
            Group("meetings", 60, Event(TestSchema.Form, 20), Event(TestSchema.Call, 15, where: Compare(Attr(TestSchema.Call, "minutes"), ComparisonOperator.Greater, Const(10.0)))),
            Group("content", null, Event(TestSchema.Visit, 5, decay: Stepped(50, 1, DurationUnit.Month)), When(InList("big"), 10), When(InList("key_accounts"), 5)),
        ],
        recordType: "company",
        thresholds: [Thresholds(null, ("hot", 75, null), ("warm", 25, 74), ("cold", 0, 24))]);

    public static ScoreSymbol Legacy { get; } = Score(
        "legacy", ScoreKind.Engagement, null,
        [
            Group("negative", null, Event(TestSchema.Visit, -3), When(Compare(Prop("stage"), ComparisonOperator.Equal, Const("MQL", TestSchema.Stage)), 4)),
            Group("positive", 5, Event(TestSchema.EmailOpen, 2)),
        ],
        thresholds: [Thresholds(null, ("SQL", 65, null), ("MQL", 35, 64))],
        filters: [Include("partners"), new BoundFilter(false, null, new BoundTruth(Prop("vip"), default), TestSchema.Here)],
        allowNegative: true);

    public static ScoreSymbol FitOnly { get; } = Score(
        "fit", ScoreKind.Fit, null,
        [FitGroup("score", null, When(Compare(Prop("age"), ComparisonOperator.Greater, Const(30.0)), 10), Event(TestSchema.Visit, 1, decay: Stepped(50, 1, DurationUnit.Day)))]);

    public static BoundProgram Program { get; } = new(TestSchema.Schema, [Lead, CompanyEngagement, Legacy, FitOnly]);

    public static ValueType Text => ValueType.String;
}
