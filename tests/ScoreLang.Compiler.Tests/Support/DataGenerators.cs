using CsCheck;
using ScoreLang.Runtime;
using ScoreLang.Runtime.Building;
using ScoreLang.Semantics;
using static ScoreLang.Compiler.Tests.Support.Model;

namespace ScoreLang.Compiler.Tests.Support;

/// <summary>When an event happened relative to the evaluation date: days (and hours) before, exactly k months before, or after it.</summary>
internal sealed record TimeSpec(int Kind, int Amount, int Hours)
{
    public DateTime At(DateTime asOf) => Kind switch
    {
        0 => asOf.AddDays(-Amount).AddHours(-Hours),
        1 => asOf.AddMonths(-Math.Min(Amount, 30)).AddHours(Hours % 2 == 0 ? 0 : -1),
        2 => asOf.AddHours(Hours + 1),
        _ => asOf,
    };
}

internal sealed record OpenSpec(TimeSpec Time, string? Subject, int Campaign, double? Rating);

internal sealed record ContactSpec(
    double? Visits, int Stage, string? Title, TimeSpec? Created, bool? Vip, int Company, TimeSpec? LastOpen, bool Partner, OpenSpec[] Opens, TimeSpec[] Meetings);

internal sealed record CompanySpec(double? Employees, int Industry, string? Name, bool Partner, TimeSpec[] Visits, string?[] Pages);

/// <summary>A generated data set: the evaluation date, companies and contacts with their events.</summary>
internal sealed record DataSpec(DateTime AsOf, CompanySpec[] Companies, ContactSpec[] Contacts)
{
    /// <summary>The columnar data, built through the same builder the file readers use.</summary>
    public ScoringData Build(SchemaModel schema)
    {
        var builder = new ScoringDataBuilder(schema);
        var companies = builder.Records("company");
        for (var i = 0; i < Companies.Length; i++)
        {
            var spec = Companies[i];
            var row = companies.Add($"co{i}");
            companies.SetValue(row, 0, spec.Employees);
            companies.SetValue(row, 1, spec.Industry >= 0 ? Industries[spec.Industry] : null);
            companies.SetValue(row, 2, spec.Name);
            if (spec.Partner)
            {
                builder.AddListMember("partners", $"co{i}");
            }

            for (var v = 0; v < spec.Visits.Length; v++)
            {
                var visit = builder.Events("site_visited").Add($"co{i}", spec.Visits[v].At(AsOf));
                builder.Events("site_visited").SetValue(visit, 0, spec.Pages[v % spec.Pages.Length]);
            }
        }

        var contacts = builder.Records("contact");
        for (var i = 0; i < Contacts.Length; i++)
        {
            var spec = Contacts[i];
            var id = $"c{i}";
            var row = contacts.Add(id);
            contacts.SetValue(row, 0, spec.Visits);
            contacts.SetValue(row, 1, spec.Stage >= 0 ? Stages[spec.Stage] : null);
            contacts.SetValue(row, 2, spec.Title);
            contacts.SetValue(row, 3, spec.Created?.At(AsOf));
            contacts.SetValue(row, 4, spec.Vip);
            if (spec.Company >= 0 && spec.Company < Companies.Length)
            {
                contacts.SetAssociation(row, 5, $"co{spec.Company}");
            }

            contacts.SetValue(row, 6, spec.LastOpen?.At(AsOf).Date is { } date ? DateTime.SpecifyKind(date, DateTimeKind.Utc) : null);
            if (spec.Partner)
            {
                builder.AddListMember("partners", id);
            }

            foreach (var open in spec.Opens)
            {
                var events = builder.Events("email_opened");
                var e = events.Add(id, open.Time.At(AsOf));
                events.SetValue(e, 0, open.Subject);
                events.SetValue(e, 1, open.Campaign >= 0 ? Campaigns[open.Campaign] : null);
                events.SetValue(e, 2, open.Rating);
            }

            foreach (var meeting in spec.Meetings)
            {
                builder.Events("meeting_booked").Add(id, meeting.At(AsOf));
            }
        }

        return builder.Build();
    }
}

internal static class DataGenerators
{
    private static readonly Gen<TimeSpec> Times = Gen.Select(
        Gen.Frequency((6, Gen.Const(0)), (3, Gen.Const(1)), (1, Gen.Const(2)), (1, Gen.Const(3))),
        Gen.Frequency((3, Gen.Int[0, 40]), (2, Gen.Int[0, 400])),
        Gen.Int[0, 23],
        (kind, amount, hours) => new TimeSpec(kind, amount, hours));

    private static readonly Gen<TimeSpec?> MaybeTime = Gen.OneOf(Gen.Const((TimeSpec?)null), Times.Select(t => (TimeSpec?)t));

    private static readonly Gen<string?> Texts = Gen.OneOfConst<string?>(null, "VP of Sales", "vp", "Director of pricing", "", "acme ad", "Lead", "e");

    private static readonly Gen<double?> Numbers = Gen.OneOfConst<double?>(null, 0, 1, 2.5, 3, 10, 50, 499, 500, 1000);

    private static readonly Gen<DateTime> AsOfs = Gen.OneOfConst(
        Utc(2024, 3, 31), Utc(2023, 2, 28, 10), Utc(2024, 2, 29), Utc(2024, 6, 15, 12), Utc(2024, 1, 31, 23), Utc(2025, 1, 1));

    private static readonly Gen<OpenSpec> Opens = Gen.Select(Times, Texts, Gen.Int[-1, 1], Gen.OneOfConst<double?>(null, 1, 2.5, 3, 5),
        (t, s, c, r) => new OpenSpec(t, s, c, r));

    private static readonly Gen<CompanySpec> Companies = Gen.Select(
        Numbers, Gen.Int[-1, 2], Texts, Gen.Bool, Times.Array[0, 5], Texts.Array[1, 3],
        (employees, industry, name, partner, visits, pages) => new CompanySpec(employees, industry, name, partner, visits, pages));

    private static Gen<ContactSpec> Contacts(int companies) => Gen.Select(
        Gen.Select(Numbers, Gen.Int[-1, 2], Texts, MaybeTime, Gen.OneOfConst<bool?>(null, true, false), (v, s, t, c, vip) => (v, s, t, c, vip)),
        Gen.Int[-1, companies],
        MaybeTime,
        Gen.Bool,
        Opens.Array[0, 8],
        Times.Array[0, 3],
        (p, company, lastOpen, partner, opens, meetings) =>
            new ContactSpec(p.v, p.s, p.t, p.c, p.vip, company, lastOpen, partner, opens, meetings));

    public static Gen<DataSpec> Data { get; } = Gen.Int[0, 6].SelectMany(companyCount =>
        Gen.Select(AsOfs, Companies.Array[companyCount], Contacts(companyCount).Array[0, 60], (asOf, companies, contacts) => new DataSpec(asOf, companies, contacts)));
}
