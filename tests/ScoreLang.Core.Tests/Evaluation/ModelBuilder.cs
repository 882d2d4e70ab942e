using ScoreLang.Diagnostics;
using ScoreLang.Evaluation;
using ScoreLang.Semantics;
using ScoreLang.Syntax;
using ScoreLang.Text;
using ValueType = ScoreLang.Semantics.ValueType;

namespace ScoreLang.Core.Tests.Evaluation;

/// <summary>
/// Small builders for bound models, so evaluator tests can state a score exactly without the parser and binder
/// (and so the decay and limit arithmetic can be tested precisely). Everything is a contact score unless said.
/// </summary>
internal static class ModelBuilder
{
    public static SourceText Source { get; } = SourceText.From("// built in code\n", "model.score");

    public static SourceLocation Here => new(Source, new TextSpan(0, 0));

    public static DateTime Utc(int year, int month, int day, int hour = 0) => new(year, month, day, hour, 0, 0, DateTimeKind.Utc);

    // Schema ------------------------------------------------------------------------------------------------------

    public static PropertySymbol Property(string name, ValueType type, string owner = "contact") => new(name, owner, type, null, 0, Here);

    public static EventTypeSymbol EventType(string name, string recordType = "contact") => new(name, recordType, null, [], Here);

    public static ListSymbol List(string name, BoundExpression? condition = null, string recordType = "contact") =>
        new(name, recordType, null, condition, Here);

    public static BoundProgram Program(IEnumerable<ListSymbol> lists, params ScoreSymbol[] scores) =>
        new(SchemaModel.Empty with { Lists = SchemaModel.Empty.Lists.AddRange(lists.Select(l => KeyValuePair.Create(l.Name, l))) }, [.. scores]);

    public static BoundProgram Program(params ScoreSymbol[] scores) => Program([], scores);

    // Rules -------------------------------------------------------------------------------------------------------

    public static BoundEventRule Event(
        string type,
        double points,
        BoundExpression? where = null,
        CountRange? count = null,
        Duration? within = null,
        bool once = false,
        DecaySpec? decay = null,
        string recordType = "contact") =>
        new(EventType(type, recordType), where, count, within, once, points, decay, Here, $"event {type} {points:+0.##;-0.##}");

    public static BoundPropertyRule When(BoundExpression condition, double points) => new(condition, points, Here, $"when ... {points:+0.##;-0.##}");

    public static DecaySpec Stepped(double percent, int amount, DurationUnit unit) => new(DecayForm.Stepped, percent, new Duration(amount, unit));

    public static DecaySpec Linear(double percent, int amount, DurationUnit unit) => new(DecayForm.Linear, percent, new Duration(amount, unit));

    public static DecaySpec HalfLife(int amount, DurationUnit unit) => new(DecayForm.HalfLife, 50, new Duration(amount, unit));

    // Groups and scores -------------------------------------------------------------------------------------------

    public static GroupSymbol Group(string name, double? limit, params BoundRule[] rules) =>
        new(name, null, ScorePart.Engagement, limit, null, [.. rules], Here);

    public static GroupSymbol FitGroup(string name, double? limit, params BoundRule[] rules) =>
        new(name, null, ScorePart.Fit, limit, null, [.. rules], Here);

    public static ScoreSymbol Score(string name, ScoreKind kind, double? limit, params GroupSymbol[] groups) => new(
        name,
        null,
        kind,
        "contact",
        limit,
        AllowNegative: false,
        new ScoreOutputs(name, name + "_tier", kind == ScoreKind.Combined ? name + "_engagement" : null, kind == ScoreKind.Combined ? name + "_fit" : null),
        [],
        [.. groups],
        [],
        [],
        Here);

    public static ScoreSymbol Engagement(double? limit, params GroupSymbol[] groups) => Score("engagement", ScoreKind.Engagement, limit, groups);

    public static ThresholdSet Thresholds(params (string Label, int From, int? To)[] bands) => Thresholds(null, bands);

    public static ThresholdSet Thresholds(ScorePart? part, params (string Label, int From, int? To)[] bands) =>
        new(part, [.. bands.Select(b => new Band(b.Label, b.From, b.To, Here))], Here);

    public static BoundFilter Exclude(string list) => new(true, list, null, Here);

    public static BoundFilter ExcludeWhen(BoundExpression condition) => new(true, null, condition, Here);

    public static BoundFilter Include(string list) => new(false, list, null, Here);

    // Expressions -------------------------------------------------------------------------------------------------

    private static TextSpan NoSpan => new(0, 0);

    public static BoundPropertyAccess Prop(string name, ValueType type) => new(Property(name, type), null, NoSpan);

    /// <summary>A property of the associated company: <c>company.name</c> (S3).</summary>
    public static BoundPropertyAccess CompanyProp(string name, ValueType type) =>
        new(Property(name, type, "company"), Property("company", ValueType.AssociationTo("company")), NoSpan);

    public static BoundAttributeAccess Attr(string name, ValueType type) => new(Property(name, type, "event"), NoSpan);

    public static BoundEventTimestamp Timestamp() => new(NoSpan);

    public static BoundConstant Const(object value) => new(value, value switch
    {
        string => ValueType.String,
        bool => ValueType.Bool,
        DateTime => ValueType.DateTime,
        _ => ValueType.Number,
    }, NoSpan);

    public static BoundComparison Compare(BoundExpression left, ComparisonOperator op, object right) =>
        new(left, op, right as BoundExpression ?? Const(right), NoSpan);

    public static BoundComparison Eq(BoundExpression left, object right) => Compare(left, ComparisonOperator.Equal, right);

    public static BoundLogical And(BoundExpression left, BoundExpression right) => new(left, LogicalOperator.And, right, NoSpan);

    public static BoundLogical Or(BoundExpression left, BoundExpression right) => new(left, LogicalOperator.Or, right, NoSpan);

    public static BoundNot Not(BoundExpression operand) => new(operand, NoSpan);

    public static BoundTruth Truth(BoundExpression operand) => new(operand, NoSpan);

    public static BoundIn In(BoundExpression operand, params object[] items) => new(operand, false, [.. items.Select(Const)], NoSpan);

    public static BoundIn NotIn(BoundExpression operand, params object[] items) => new(operand, true, [.. items.Select(Const)], NoSpan);

    public static BoundBetween Between(BoundExpression operand, double low, double high) => new(operand, Const(low), Const(high), NoSpan);

    public static BoundIsKnown IsKnown(BoundExpression operand, bool known = true) => new(operand, known, NoSpan);

    public static BoundInList InList(string list, bool negated = false) => new(list, negated, NoSpan);

    public static BoundRelativeDate WithinLast(BoundExpression operand, int amount, DurationUnit unit) =>
        new(operand, RelativeDateOperator.WithinLast, new Duration(amount, unit), NoSpan);

    public static BoundRelativeDate MoreThanAgo(BoundExpression operand, int amount, DurationUnit unit) =>
        new(operand, RelativeDateOperator.MoreThanAgo, new Duration(amount, unit), NoSpan);

    public static BoundDaysSince DaysSince(BoundExpression operand) => new(operand, NoSpan);

    // Evaluation --------------------------------------------------------------------------------------------------

    public static ScoreResult Evaluate(ScoreSymbol score, RecordData record, DateTime asOf, params ListSymbol[] lists) =>
        ReferenceEvaluator.Evaluate(Program(lists, score), score, record, asOf);
}
