using ScoreLang.Semantics;
using ScoreLang.Syntax;
using ScoreLang.Text;
using ValueType = ScoreLang.Semantics.ValueType;

namespace ScoreLang.Sql.Tests.Support;

/// <summary>Builders for bound scores, rules and expressions over <see cref="TestSchema"/>.</summary>
internal static class Models
{
    private static TextSpan NoSpan => new(0, 0);

    public static DateTime Utc(int year, int month, int day, int hour = 0, int minute = 0) =>
        new(year, month, day, hour, minute, 0, DateTimeKind.Utc);

    public static BoundProgram Program(params ScoreSymbol[] scores) => new(TestSchema.Schema, [.. scores]);

    public static ScoreSymbol Score(
        string name, ScoreKind kind, double? limit, GroupSymbol[] groups, string recordType = "contact",
        ThresholdSet[]? thresholds = null, BoundFilter[]? filters = null, bool allowNegative = false) => new(
        name,
        null,
        kind,
        recordType,
        limit,
        allowNegative,
        new ScoreOutputs(name, name + "_tier", kind == ScoreKind.Combined ? name + "_engagement" : null, kind == ScoreKind.Combined ? name + "_fit" : null),
        [.. filters ?? []],
        [.. groups],
        [.. thresholds ?? []],
        [],
        TestSchema.Here);

    public static GroupSymbol Group(string name, double? limit, params BoundRule[] rules) =>
        new(name, null, ScorePart.Engagement, limit, null, [.. rules], TestSchema.Here);

    public static GroupSymbol FitGroup(string name, double? limit, params BoundRule[] rules) =>
        new(name, null, ScorePart.Fit, limit, null, [.. rules], TestSchema.Here);

    public static BoundEventRule Event(
        EventTypeSymbol type, double points, BoundExpression? where = null, CountRange? count = null,
        Duration? within = null, bool once = false, DecaySpec? decay = null) =>
        new(type, where, count, within, once, points, decay, TestSchema.Here, $"event {type.Name} {points}");

    public static BoundPropertyRule When(BoundExpression condition, double points) =>
        new(condition, points, TestSchema.Here, $"when ... {points}");

    public static DecaySpec Stepped(double percent, int amount, DurationUnit unit) => new(DecayForm.Stepped, percent, new Duration(amount, unit));

    public static DecaySpec Linear(double percent, int amount, DurationUnit unit) => new(DecayForm.Linear, percent, new Duration(amount, unit));

    public static DecaySpec HalfLife(int amount, DurationUnit unit) => new(DecayForm.HalfLife, 50, new Duration(amount, unit));

    public static ThresholdSet Thresholds(ScorePart? part, params (string Label, int From, int? To)[] bands) =>
        new(part, [.. bands.Select(b => new Band(b.Label, b.From, b.To, TestSchema.Here))], TestSchema.Here);

    public static BoundPropertyAccess Prop(string name) => new(TestSchema.Property(TestSchema.Contact, name), null, NoSpan);

    public static BoundPropertyAccess CompanyProp(string name) => new(TestSchema.Property(TestSchema.Company, name), null, NoSpan);

    /// <summary>A property of the contact's company (S3).</summary>
    public static BoundPropertyAccess ViaCompany(string name) =>
        new(TestSchema.Property(TestSchema.Company, name), TestSchema.Property(TestSchema.Contact, "company"), NoSpan);

    public static BoundAttributeAccess Attr(EventTypeSymbol type, string name) => new(type.FindAttribute(name)!, NoSpan);

    public static BoundConstant Const(object value, ValueType? type = null) => new(value, type ?? value switch
    {
        string => ValueType.String,
        bool => ValueType.Bool,
        DateTime => ValueType.DateTime,
        _ => ValueType.Number,
    }, NoSpan);

    public static BoundComparison Compare(BoundExpression left, ComparisonOperator op, BoundExpression right) => new(left, op, right, NoSpan);

    public static BoundLogical And(BoundExpression left, BoundExpression right) => new(left, LogicalOperator.And, right, NoSpan);

    public static BoundLogical Or(BoundExpression left, BoundExpression right) => new(left, LogicalOperator.Or, right, NoSpan);

    public static BoundNot Not(BoundExpression operand) => new(operand, NoSpan);

    public static BoundInList InList(string list, bool negated = false) => new(list, negated, NoSpan);

    public static BoundFilter Exclude(string list) => new(true, list, null, TestSchema.Here);

    public static BoundFilter Include(string list) => new(false, list, null, TestSchema.Here);
}
