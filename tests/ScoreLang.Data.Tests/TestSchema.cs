using System.Collections.Immutable;
using ScoreLang.Semantics;
using ValueType = ScoreLang.Semantics.ValueType;

namespace ScoreLang.Data.Tests;

/// <summary>
/// A small hand-built schema with every value kind: contact (with a company association), company (with a parent
/// company, an association to its own type), two event types, a static and a dynamic list.
/// </summary>
internal static class TestSchema
{
    public static ImmutableArray<string> Stages { get; } = ["subscriber", "lead", "customer"];

    public static RecordTypeSymbol Contact { get; } = Record(
        "contact",
        ("visits", ValueType.Number),
        ("stage", ValueType.EnumOf(Stages)),
        ("title", ValueType.String),
        ("created", ValueType.DateTime),
        ("vip", ValueType.Bool),
        ("company", ValueType.AssociationTo("company")),
        ("birthday", ValueType.Date));

    public static RecordTypeSymbol Company { get; } = Record(
        "company",
        ("employees", ValueType.Number),
        ("parent", ValueType.AssociationTo("company")));

    public static EventTypeSymbol Opened { get; } = new(
        "email_opened",
        "contact",
        null,
        [Property("email_opened", "subject", ValueType.String, 0), Property("email_opened", "funnel", ValueType.EnumOf(["tofu", "mofu", "bofu"]), 1)],
        null);

    public static EventTypeSymbol Viewed { get; } = new(
        "page_viewed",
        "contact",
        null,
        [Property("page_viewed", "url", ValueType.String, 0), Property("page_viewed", "seconds", ValueType.Number, 1)],
        null);

    public static SchemaModel Schema { get; } = SchemaModel.Empty with
    {
        Records = SchemaModel.Empty.Records.Add("contact", Contact).Add("company", Company),
        Events = SchemaModel.Empty.Events.Add(Opened.Name, Opened).Add(Viewed.Name, Viewed),
        Lists = SchemaModel.Empty.Lists
            .Add("partners", new ListSymbol("partners", "contact", null, null, null))
            .Add("customers", new ListSymbol("customers", "contact", null, new BoundConstant(true, ValueType.Bool, default), null)),
    };

    public static RecordTypeSymbol Record(string name, params (string Name, ValueType Type)[] properties) =>
        new(name, null, [.. properties.Select((p, i) => Property(name, p.Name, p.Type, i))], null);

    public static PropertySymbol Property(string owner, string name, ValueType type, int ordinal) => new(name, owner, type, null, ordinal, null);

    public static SchemaModel With(params RecordTypeSymbol[] records) =>
        SchemaModel.Empty with { Records = SchemaModel.Empty.Records.AddRange(records.Select(r => KeyValuePair.Create(r.Name, r))) };

    public static long Ticks(int year, int month, int day, int hour = 0, int minute = 0, int second = 0) =>
        new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).Ticks;
}
