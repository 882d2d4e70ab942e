using System.Collections.Immutable;
using ScoreLang.Semantics;
using ValueType = ScoreLang.Semantics.ValueType;

namespace ScoreLang.Runtime.Tests;

/// <summary>A small hand-built schema: contact (with a company association), company, two event types and lists.</summary>
internal static class TestSchema
{
    public static ImmutableArray<string> Stages { get; } = ["subscriber", "lead", "customer"];

    public static RecordTypeSymbol Contact { get; } = new(
        "contact",
        null,
        [
            new PropertySymbol("visits", "contact", ValueType.Number, null, 0, null),
            new PropertySymbol("stage", "contact", ValueType.EnumOf(Stages), null, 1, null),
            new PropertySymbol("title", "contact", ValueType.String, null, 2, null),
            new PropertySymbol("created", "contact", ValueType.DateTime, null, 3, null),
            new PropertySymbol("vip", "contact", ValueType.Bool, null, 4, null),
            new PropertySymbol("company", "contact", ValueType.AssociationTo("company"), null, 5, null),
        ],
        null);

    public static RecordTypeSymbol Company { get; } = new(
        "company",
        null,
        [new PropertySymbol("employees", "company", ValueType.Number, null, 0, null)],
        null);

    public static EventTypeSymbol Opened { get; } = new(
        "email_opened",
        "contact",
        null,
        [new PropertySymbol("subject", "email_opened", ValueType.String, null, 0, null)],
        null);

    public static EventTypeSymbol Visited { get; } = new("site_visited", "company", null, [], null);

    public static SchemaModel Schema { get; } = SchemaModel.Empty with
    {
        Records = SchemaModel.Empty.Records.Add("contact", Contact).Add("company", Company),
        Events = SchemaModel.Empty.Events.Add("email_opened", Opened).Add("site_visited", Visited),
        Lists = SchemaModel.Empty.Lists
            .Add("partners", new ListSymbol("partners", "contact", null, null, null))
            .Add("big", new ListSymbol("big", "company", null, new BoundConstant(true, ValueType.Bool, default), null)),
    };

    public static DateTime Day(int day) => new(2024, 1, day, 0, 0, 0, DateTimeKind.Utc);
}
