using LeadScoring.Scoring;

namespace LeadScoring;

/// <summary>Deterministic sample contacts (one seed, always the same data) with companies, lists and events.</summary>
internal static class SampleContacts
{
    private static readonly string?[] Titles = ["Marketing Director", "Head of Sales", "VP Engineering", "Student", "Buyer", null];
    private static readonly string?[] Countries = ["NL", "BE", "FR", "US", null];

    public static List<Contact> Create(int seed, int count, DateTime asOf)
    {
        var random = new Random(seed);
        var companies = Enumerable.Range(0, 1 + (count / 5))
            .Select(i => new Company
            {
                Id = $"company-{i}",
                NumEmployees = random.Next(4) == 0 ? null : random.Next(1, 2000),
                Industry = random.Next(4) == 0 ? null : (CompanyIndustry)random.Next(6),
                Country = Countries[random.Next(Countries.Length)],
            })
            .ToList();

        return [.. Enumerable.Range(0, count).Select(i => new Contact
        {
            Id = $"contact-{i}",
            JobTitle = Titles[random.Next(Titles.Length)],
            LifecycleStage = (ContactLifecycleStage)random.Next(6),
            SalesFeedback = random.Next(2) == 0 ? null : (ContactSalesFeedback)random.Next(3),
            Company = random.Next(3) == 0 ? null : companies[random.Next(companies.Count)],
            Lists = random.Next(10) == 0 ? [ContactList.Employees] : [],
            Events = [.. Enumerable.Range(0, random.Next(15)).Select(_ => Event(random, asOf.AddHours(-random.Next(0, 300 * 24))))],
        })];
    }

    private static ContactEvent Event(Random random, DateTime time) => random.Next(8) switch
    {
        0 => new PageViewedEvent(time, random.Next(2) == 0 ? "/pricing" : "/blog"),
        1 => new WebsiteVisitEvent(time),
        2 => new CtaClickedEvent(time, "trial"),
        3 => new MarketingEmailOpenedEvent(time, "spring"),
        4 => new MarketingEmailClickedEvent(time, "spring"),
        5 => new FormSubmittedEvent(time, random.Next(2) == 0 ? "Demo request" : "Whitepaper", (FormSubmittedFunnelStage)random.Next(3)),
        6 => new MeetingBookedEvent(time),
        _ => new CallStartedEvent(time),
    };
}
