using System.Collections.Immutable;
using ScoreLang.Diagnostics;
using ScoreLang.Semantics;
using ScoreLang.Text;
using ValueType = ScoreLang.Semantics.ValueType;

namespace ScoreLang.Sql.Tests.Support;

/// <summary>
/// A small CRM schema built in code (so the SQL tests need neither the parser nor the binder): companies and contacts
/// with every kind of property, contact and company events with attributes, static and conditional lists (S1-S4).
/// </summary>
internal static class TestSchema
{
    public static SourceText Source { get; } = SourceText.From("// built in code\n", "model.score");

    public static SourceLocation Here => new(Source, new TextSpan(0, 0));

    public static ValueType Industry { get; } = ValueType.EnumOf(["software", "retail", "finance"]);

    public static ValueType Stage { get; } = ValueType.EnumOf(["lead", "mql", "customer"]);

    public static ValueType Funnel { get; } = ValueType.EnumOf(["tofu", "mofu", "bofu"]);

    public static RecordTypeSymbol Company { get; } = Record("company",
        ("name", ValueType.String), ("industry", Industry), ("size", ValueType.Number), ("founded", ValueType.Date), ("active", ValueType.Bool));

    public static RecordTypeSymbol Contact { get; } = Record("contact",
        ("email", ValueType.String), ("title", ValueType.String), ("stage", Stage), ("age", ValueType.Number),
        ("created", ValueType.DateTime), ("last_open", ValueType.Date), ("vip", ValueType.Bool), ("company", ValueType.AssociationTo("company")));

    public static EventTypeSymbol Visit { get; } = Event("visit", "contact", ("url", ValueType.String), ("secs", ValueType.Number));

    public static EventTypeSymbol Form { get; } = Event("form", "contact", ("form", ValueType.String), ("funnel", Funnel));

    public static EventTypeSymbol EmailOpen { get; } = Event("email_open", "contact");

    public static EventTypeSymbol Call { get; } = Event("call", "company", ("outcome", ValueType.String), ("minutes", ValueType.Number));

    public static ImmutableArray<EventTypeSymbol> ContactEvents { get; } = [Visit, Form, EmailOpen];

    public static SchemaModel Schema { get; } = Build();

    public static PropertySymbol Property(RecordTypeSymbol record, string name) => record.FindProperty(name)!;

    public static RecordTypeSymbol Record(string name, params (string Name, ValueType Type)[] properties) =>
        new(name, null, [.. properties.Select((p, i) => new PropertySymbol(p.Name, name, p.Type, null, i, Here))], Here);

    public static EventTypeSymbol Event(string name, string recordType, params (string Name, ValueType Type)[] attributes) =>
        new(name, recordType, null, [.. attributes.Select((a, i) => new PropertySymbol(a.Name, name, a.Type, null, i, Here))], Here);

    public static SchemaModel With(
        IEnumerable<RecordTypeSymbol> records, IEnumerable<EventTypeSymbol> events, IEnumerable<ListSymbol> lists) => new(
        ImmutableDictionary.CreateRange(StringComparer.Ordinal, records.Select(r => KeyValuePair.Create(r.Name, r))),
        ImmutableDictionary.CreateRange(StringComparer.Ordinal, events.Select(e => KeyValuePair.Create(e.Name, e))),
        ImmutableDictionary.CreateRange(StringComparer.Ordinal, lists.Select(l => KeyValuePair.Create(l.Name, l))));

    private static SchemaModel Build()
    {
        var stage = new BoundPropertyAccess(Property(Contact, "stage"), null, default);
        var size = new BoundPropertyAccess(Property(Company, "size"), null, default);
        ListSymbol[] lists =
        [
            new("employees", "contact", null, null, Here),
            new("partners", "contact", null, null, Here),
            new("customers", "contact", null,
                new BoundComparison(stage, Syntax.ComparisonOperator.Equal, new BoundConstant("customer", Stage, default), default), Here),
            new("key_accounts", "company", null, null, Here),
            new("big", "company", null,
                new BoundComparison(size, Syntax.ComparisonOperator.GreaterOrEqual, new BoundConstant(500.0, ValueType.Number, default), default), Here),
        ];
        return With([Company, Contact], [Visit, Form, EmailOpen, Call], lists);
    }
}
