using System.Collections.Immutable;
using CsCheck;
using ScoreLang.Evaluation;
using ScoreLang.Sql.Tests.Support;

namespace ScoreLang.Sql.Tests.Generators;

/// <summary>
/// Random records for <see cref="TestSchema"/> around an as-of date: unknown values everywhere, events on exact
/// calendar-month boundaries (a minute either side), on month ends, on the as-of date and after it; contacts that
/// share companies; companies with contacts (S2); ids that repeat across record types, so that joins must respect types.
/// </summary>
internal sealed class DataGen
{
    public static readonly DateTime[] AsOfDates =
    [
        Models.Utc(2024, 3, 31, 12), Models.Utc(2024, 2, 29), Models.Utc(2023, 3, 1), Models.Utc(2024, 6, 15, 8, 30), Models.Utc(2025, 1, 31, 23, 59),
    ];

    private readonly DateTime _asOf;

    public DataGen(DateTime asOf)
    {
        _asOf = asOf;
    }

    /// <summary>1-6 contacts (ids r1, r2 ...) over a pool of up to 3 companies (ids r1, r2 ... as well).</summary>
    public Gen<RecordData[]> Contacts() =>
        from companies in Company().Array[0, 3]
        from contacts in Contact(companies.Length).Array[1, 6]
        select contacts.Select((c, i) =>
        {
            var contact = c.Contact with { Id = $"r{i + 1}" };
            return c.CompanyIndex is { } index && companies.Length > 0
                ? Records.WithCompany(contact, companies[index % companies.Length] with { Id = $"r{(index % companies.Length) + 1}" })
                : contact;
        }).ToArray();

    /// <summary>1-4 companies (ids r1 ...) with 0-3 contacts each (ids r1 ... across all companies).</summary>
    public Gen<RecordData[]> Companies() =>
        from companies in Gen.Select(Company(), Contact(0).Array[0, 3]).Array[1, 4]
        select Number(companies);

    private static RecordData[] Number((RecordData Company, (RecordData Contact, int? CompanyIndex)[] Contacts)[] companies)
    {
        var next = 1;
        return companies.Select((c, i) => c.Contacts.Aggregate(
            c.Company with { Id = $"r{i + 1}" },
            (company, contact) => Records.WithContact(company, contact.Contact with { Id = $"r{next++}" }))).ToArray();
    }

    private Gen<(RecordData Contact, int? CompanyIndex)> Contact(int companies) =>
        from email in Maybe(Gen.OneOfConst([.. ConditionGen.Texts, "kim@gmail.com", "CEO@example.com"]))
        from title in Maybe(Gen.OneOfConst(ConditionGen.Texts))
        from stage in Maybe(Gen.OneOfConst("lead", "mql", "customer"))
        from age in Maybe(Gen.OneOfConst<object>(0.0, 24.5, 25.0, 30.0, 45.0, 45.5, 99.0, -1.0))
        from created in Maybe(Time().Select(t => (object)t))
        from lastOpen in Maybe(Time().Select(t => (object)t.Date))
        from vip in Maybe(Gen.Bool.Select(b => (object)b))
        from lists in Gen.OneOfConst("employees", "partners").Array[0, 2]
        from events in ContactEvent().Array[0, 8]
        from companyIndex in Gen.Int[0, 3]
        select (
            Build("contact", [("email", email), ("title", title), ("stage", stage), ("age", age), ("created", created), ("last_open", lastOpen), ("vip", vip)], lists, events),
            companies == 0 || companyIndex == 3 ? (int?)null : companyIndex);

    private Gen<RecordData> Company() =>
        from name in Maybe(Gen.OneOfConst(ConditionGen.Texts))
        from industry in Maybe(Gen.OneOfConst("software", "retail", "finance"))
        from size in Maybe(Gen.OneOfConst<object>(3.0, 100.0, 499.0, 500.0, 800.0))
        from founded in Maybe(Time().Select(t => (object)t.Date))
        from active in Maybe(Gen.Bool.Select(b => (object)b))
        from lists in Gen.OneOfConst("key_accounts").Array[0, 1]
        from calls in Gen.Select(Time(), Maybe(Gen.OneOfConst(ConditionGen.Texts)), Maybe(Gen.OneOfConst<object>(5.0, 10.0, 30.0)),
            (time, outcome, minutes) => new EventData("call", time, Attributes(("outcome", outcome), ("minutes", minutes)))).Array[0, 3]
        select Build("company", [("name", name), ("industry", industry), ("size", size), ("founded", founded), ("active", active)], lists, calls);

    private Gen<EventData> ContactEvent() => Gen.OneOf(
        Gen.Select(Time(), Maybe(Gen.OneOfConst([.. ConditionGen.Texts, "https://x/PRICING"])), Maybe(Gen.OneOfConst<object>(0.0, 10.0, 100.0)),
            (time, url, secs) => new EventData("visit", time, Attributes(("url", url), ("secs", secs)))),
        Gen.Select(Time(), Maybe(Gen.OneOfConst(ConditionGen.Texts)), Maybe(Gen.OneOfConst("tofu", "mofu", "bofu")),
            (time, form, funnel) => new EventData("form", time, Attributes(("form", form), ("funnel", funnel)))),
        Time().Select(time => new EventData("email_open", time, Attributes())));

    /// <summary>A time near the as-of date, often on a boundary that decay, windows and relative dates must get right.</summary>
    private Gen<DateTime> Time() => Gen.Frequency(
        (3, Gen.Select(Gen.Int[0, 400], Gen.Int[0, 1439], (days, minutes) => _asOf.AddDays(-days).AddMinutes(-minutes))),
        (2, Gen.Select(Gen.Int[0, 26], Gen.Int[-1, 1], (months, minutes) => _asOf.AddMonths(-months).AddMinutes(minutes))),
        (1, Gen.Select(Gen.Int[0, 26], Gen.OneOfConst(0, 12 * 60, (24 * 60) - 1), (months, minutes) =>
        {
            var month = _asOf.AddMonths(-months);
            return new DateTime(month.Year, month.Month, DateTime.DaysInMonth(month.Year, month.Month), 0, 0, 0, DateTimeKind.Utc).AddMinutes(minutes);
        })),
        (1, Gen.Select(Gen.Int[0, 7], Gen.Int[0, 2], (weeks, sign) => _asOf.AddDays(-7 * weeks * (sign - 1)))),
        (1, Gen.Const(_asOf)));

    private static Gen<object?> Maybe<T>(Gen<T> value) => Gen.Frequency((1, Gen.Const((object?)null)), (4, value.Select(v => (object?)v)));

    private static ImmutableDictionary<string, object?> Attributes(params (string Name, object? Value)[] values) =>
        ImmutableDictionary.CreateRange(StringComparer.Ordinal, values.Where(v => v.Value is not null).Select(v => KeyValuePair.Create(v.Name, v.Value)));

    private static RecordData Build(string type, (string Name, object? Value)[] properties, string[] lists, EventData[] events) =>
        RecordData.Create("?", type) with
        {
            Properties = ImmutableDictionary.CreateRange(StringComparer.Ordinal, properties.Where(p => p.Value is not null).Select(p => KeyValuePair.Create(p.Name, p.Value))),
            Lists = [.. lists],
            Events = [.. events],
        };
}
