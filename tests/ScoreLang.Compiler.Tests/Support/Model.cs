using System.Collections.Immutable;
using ScoreLang.Diagnostics;
using ScoreLang.Semantics;
using ScoreLang.Syntax;
using ScoreLang.Text;
using ValueType = ScoreLang.Semantics.ValueType;

namespace ScoreLang.Compiler.Tests.Support;

/// <summary>
/// Hand-built bound models over a small CRM schema (until the parser and binder are used): contacts with a company,
/// three event types, a static and two conditional lists. Ordinals are set as the binder sets them.
/// </summary>
internal static class Model
{
    public static SourceText Source { get; } = SourceText.From(string.Concat(Enumerable.Repeat("// a line of the score file\n", 40)), "/any/folder/model.score");

    public static ImmutableArray<string> Stages { get; } = ["subscriber", "lead", "customer"];

    public static ImmutableArray<string> Industries { get; } = ["software", "retail", "Banking"];

    public static ImmutableArray<string> Campaigns { get; } = ["spring", "autumn"];

    public static RecordTypeSymbol Contact { get; } = Record(
        "contact",
        ("visits", ValueType.Number),
        ("stage", ValueType.EnumOf(Stages)),
        ("title", ValueType.String),
        ("created", ValueType.DateTime),
        ("vip", ValueType.Bool),
        ("company", ValueType.AssociationTo("company")),
        ("last_open", ValueType.Date));

    public static RecordTypeSymbol Company { get; } = Record(
        "company",
        ("employees", ValueType.Number),
        ("industry", ValueType.EnumOf(Industries)),
        ("name", ValueType.String));

    public static EventTypeSymbol Opened { get; } = Event(
        "email_opened", "contact", ("subject", ValueType.String), ("campaign", ValueType.EnumOf(Campaigns)), ("rating", ValueType.Number));

    public static EventTypeSymbol Meeting { get; } = Event("meeting_booked", "contact");

    public static EventTypeSymbol Visited { get; } = Event("site_visited", "company", ("page", ValueType.String));

    public static SchemaModel Schema { get; } = SchemaModel.Empty with
    {
        Records = SchemaModel.Empty.Records.Add(Contact.Name, Contact).Add(Company.Name, Company),
        Events = SchemaModel.Empty.Events.Add(Opened.Name, Opened).Add(Meeting.Name, Meeting).Add(Visited.Name, Visited),
        Lists = SchemaModel.Empty.Lists
            .Add("partners", new ListSymbol("partners", "contact", null, null, Here(1)))
            .Add("vips", new ListSymbol("vips", "contact", null, new BoundTruth(Prop("vip"), default), Here(2)))
            .Add("big", new ListSymbol("big", "company", null, Compare(Prop("employees", Company), ComparisonOperator.GreaterOrEqual, 500.0), Here(3))),
    };

    public static SourceLocation Here(int line) => new(Source, new TextSpan(Source.GetLineSpan(line).Start + 2, 1));

    public static DateTime Utc(int year, int month, int day, int hour = 0) => new(year, month, day, hour, 0, 0, DateTimeKind.Utc);

    public static RecordTypeSymbol Record(string name, params (string Name, ValueType Type)[] properties) =>
        new(name, null, [.. properties.Select((p, i) => new PropertySymbol(p.Name, name, p.Type, null, i, Here(1)))], Here(1));

    public static EventTypeSymbol Event(string name, string recordType, params (string Name, ValueType Type)[] attributes) =>
        new(name, recordType, null, [.. attributes.Select((a, i) => new PropertySymbol(a.Name, name, a.Type, null, i, Here(1)))], Here(1));

    public static BoundProgram Program(params ScoreSymbol[] scores) => new(Schema, [.. scores]);

    public static ScoreSymbol Score(
        string name,
        ScoreKind kind,
        double? limit,
        IEnumerable<GroupSymbol> groups,
        IEnumerable<BoundFilter>? filters = null,
        IEnumerable<ThresholdSet>? thresholds = null,
        bool allowNegative = false,
        string recordType = "contact") => new(
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
        Here(4));

    public static GroupSymbol Group(string name, double? limit, params BoundRule[] rules) =>
        new(name, null, ScorePart.Engagement, limit, null, [.. rules], Here(5));

    public static GroupSymbol FitGroup(string name, double? limit, params BoundRule[] rules) =>
        new(name, null, ScorePart.Fit, limit, null, [.. rules], Here(5));

    public static BoundEventRule EventRule(
        EventTypeSymbol type,
        double points,
        BoundExpression? where = null,
        CountRange? count = null,
        Duration? within = null,
        bool once = false,
        DecaySpec? decay = null,
        int line = 6) =>
        new(type, where, count, within, once, points, decay, Here(line), $"event {type.Name} {points:+0.##;-0.##}");

    public static BoundPropertyRule When(BoundExpression condition, double points, int line = 7) =>
        new(condition, points, Here(line), $"when ... {points:+0.##;-0.##}");

    public static DecaySpec Stepped(double percent, int amount, DurationUnit unit) => new(DecayForm.Stepped, percent, new Duration(amount, unit));

    public static DecaySpec Linear(double percent, int amount, DurationUnit unit) => new(DecayForm.Linear, percent, new Duration(amount, unit));

    public static DecaySpec HalfLife(int amount, DurationUnit unit) => new(DecayForm.HalfLife, 50, new Duration(amount, unit));

    public static ThresholdSet Thresholds(ScorePart? part, params (string Label, int From, int? To)[] bands) =>
        new(part, [.. bands.Select(b => new Band(b.Label, b.From, b.To, Here(8)))], Here(8));

    public static BoundPropertyAccess Prop(string name, RecordTypeSymbol? owner = null)
    {
        var property = (owner ?? Contact).FindProperty(name)!;
        return new BoundPropertyAccess(property, null, default);
    }

    /// <summary><c>company.name</c> (S3).</summary>
    public static BoundPropertyAccess CompanyProp(string name) =>
        new(Company.FindProperty(name)!, Contact.FindProperty("company"), default);

    public static BoundAttributeAccess Attr(EventTypeSymbol type, string name) => new(type.FindAttribute(name)!, default);

    public static BoundConstant Const(object value) => new(value, value switch
    {
        string => ValueType.String,
        bool => ValueType.Bool,
        DateTime => ValueType.DateTime,
        _ => ValueType.Number,
    }, default);

    public static BoundComparison Compare(BoundExpression left, ComparisonOperator op, object right) =>
        new(left, op, right as BoundExpression ?? Const(right), default);
}
