using ScoreLang.Build.Tests.Scoring;

namespace ScoreLang.Build.Tests.Support;

/// <summary>
/// Random contacts and companies of the sample schema, from one seed: properties often unknown, events of every type
/// over the last year and a few after the evaluation date, list memberships, shared companies.
/// </summary>
internal static class SampleData
{
    private static readonly string?[] Titles = ["Marketing Director", "Head of Sales", "VP Engineering", "Student", "Buyer", "CTO", null];
    private static readonly string?[] Countries = ["NL", "BE", "FR", "DE", "US", null];
    private static readonly string?[] Forms = ["Demo request", "Whitepaper", "Newsletter", null];
    private static readonly string?[] Urls = ["/pricing", "/blog/scoring", "/pricing/enterprise", null];
    private static readonly string?[] Emails = ["kim@gmail.com", "jo@acme.example", null];

    public static List<Company> Companies(int seed, int count, DateTime asOf)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(i => Company(random, "co" + i, asOf, withContacts: true))];
    }

    public static List<Contact> Contacts(int seed, int count, DateTime asOf)
    {
        var random = new Random(seed);
        var companies = Enumerable.Range(0, 1 + (count / 4)).Select(i => Company(random, "co" + i, asOf, withContacts: false)).ToList();
        return [.. Enumerable.Range(0, count).Select(i => Contact(random, "c" + i, asOf, random.Next(3) == 0 ? null : Pick(random, companies)))];
    }

    private static Company Company(Random random, string id, DateTime asOf, bool withContacts) => new()
    {
        Id = id,
        Name = id.ToUpperInvariant(),
        NumEmployees = random.Next(5) == 0 ? null : random.Next(1, 2000),
        AnnualRevenue = random.Next(4) == 0 ? null : random.Next(0, 30) * 1_000_000d,
        Industry = random.Next(4) == 0 ? null : (CompanyIndustry)random.Next(6),
        Country = Pick(random, Countries),
        Contacts = withContacts ? [.. Enumerable.Range(0, random.Next(4)).Select(i => Contact(random, $"{id}-c{i}", asOf, null))] : [],
    };

    private static Contact Contact(Random random, string id, DateTime asOf, Company? company) => new()
    {
        Id = id,
        Email = Pick(random, Emails),
        JobTitle = Pick(random, Titles),
        LifecycleStage = random.Next(3) == 0 ? null : (ContactLifecycleStage)random.Next(6),
        SalesFeedback = random.Next(2) == 0 ? null : (ContactSalesFeedback)random.Next(3),
        Unsubscribed = random.Next(3) == 0 ? null : random.Next(2) == 0,
        LastEmailOpen = random.Next(2) == 0 ? null : DateOnly.FromDateTime(asOf.AddDays(-random.Next(400))),
        Company = company,
        Lists = random.Next(8) == 0 ? [ContactList.Employees] : random.Next(8) == 0 ? [ContactList.Partners] : [],
        Events = [.. Enumerable.Range(0, random.Next(12)).Select(_ => Event(random, asOf))],
    };

    private static ContactEvent Event(Random random, DateTime asOf)
    {
        // Mostly in the past year (hours included), sometimes after the evaluation date (never counted, S19).
        var time = asOf.AddHours(-random.Next(-200, 365 * 24));
        return random.Next(10) switch
        {
            0 => new PageViewedEvent(time, Pick(random, Urls)),
            1 => new WebsiteVisitEvent(time),
            2 => new CtaClickedEvent(time, "cta"),
            3 => new MarketingEmailOpenedEvent(time, "spring"),
            4 => new MarketingEmailClickedEvent(time, "spring"),
            5 => new FormSubmittedEvent(time, Pick(random, Forms), random.Next(4) == 0 ? null : (FormSubmittedFunnelStage)random.Next(3)),
            6 => new CallStartedEvent(time),
            7 => new MeetingBookedEvent(time),
            8 => new MeetingCompletedEvent(time),
            _ => new WebsiteVisitEvent(time),
        };
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
