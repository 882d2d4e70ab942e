using ScoreLang.Build.Tests.Scoring;
using Xunit;

namespace ScoreLang.Build.Tests;

/// <summary>
/// The typed scorers that the generator wrote for the samples in this test project's own build (the generator loaded by
/// the compiler of `dotnet build`, as a package consumer gets it), called from plain C#.
/// </summary>
public sealed class TypedScorerTests
{
    private static readonly DateTime AsOf = new(2024, 3, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void WorkedExample_BooksAMeetingOpensTwoEmailsClicksThreeLinks_Scores29()
    {
        var contact = new Contact
        {
            Id = "c1",
            Events =
            [
                new MeetingBookedEvent(AsOf),
                new MarketingEmailOpenedEvent(AsOf), new MarketingEmailOpenedEvent(AsOf),
                new MarketingEmailClickedEvent(AsOf), new MarketingEmailClickedEvent(AsOf), new MarketingEmailClickedEvent(AsOf),
            ],
        };

        var result = ContactEngagementScorer.Instance.Evaluate(contact, AsOf);

        Assert.Equal("c1", result.RecordId);
        Assert.True(result.IsScored);
        Assert.Equal(10, result.Groups!.Sales);
        Assert.Equal(19, result.Groups.Marketing);
        Assert.Equal(29, result.Score);
        Assert.Equal(ContactEngagementTier.Low, result.Tier);
        Assert.Equal("low", result.TierLabel);
    }

    [Fact]
    public void Decay_HalvesACtaClickEveryMonth_S18()
    {
        var asOf = new DateTime(2024, 6, 15, 0, 0, 0, DateTimeKind.Utc);
        var contact = new Contact
        {
            Events =
            [
                new CtaClickedEvent(asOf.AddMonths(-1)),
                new CtaClickedEvent(asOf.AddMonths(-2)),
                new FormSubmittedEvent(asOf.AddMonths(-4), Form: "Demo request"),
            ],
        };

        var result = ContactEngagementScorer.Instance.Evaluate(contact, asOf);

        Assert.Equal(3, result.Groups!.Marketing);
    }

    [Fact]
    public void Employees_AreNotScored_S20()
    {
        var contact = new Contact { Lists = [ContactList.Employees], Events = [new MeetingCompletedEvent(AsOf)] };

        var result = ContactEngagementScorer.Instance.Evaluate(contact, AsOf);

        Assert.False(result.IsScored);
        Assert.Null(result.Score);
        Assert.Null(result.Tier);
        Assert.Null(result.Groups);
    }

    [Fact]
    public void ContactFit_ReadsTheAssociatedCompany_S3()
    {
        var contact = new Contact
        {
            JobTitle = "Marketing Director",
            Company = new Company { NumEmployees = 200, Industry = CompanyIndustry.Software, Country = "NL" },
        };

        var result = ContactFitScorer.Instance.Evaluate(contact, AsOf);

        Assert.Equal(20, result.Groups!.Role);
        Assert.Equal(50, result.Groups.Firmographics);
        Assert.Equal(70, result.Score);
        Assert.Equal(ContactFitTier.High, result.Tier);
    }

    [Fact]
    public void CompanyEngagement_AddsUpItsContactsEvents_S2()
    {
        var company = new Company
        {
            Id = "acme",
            Contacts =
            [
                new Contact { Id = "alice", Events = [new MeetingBookedEvent(AsOf.AddDays(-10))] },
                new Contact { Id = "bob", Events = [new MeetingCompletedEvent(AsOf.AddDays(-5))] },
            ],
        };

        var result = CompanyEngagementScorer.Instance.Evaluate(company, AsOf);

        Assert.Equal(50, result.Groups!.Meetings);
        Assert.Equal("acme", result.RecordId);
    }

    [Fact]
    public void Combined_GivesTotalEngagementFitAndALetterDigitTier_S7_S24()
    {
        var contact = new Contact { JobTitle = "VP Marketing", Events = [new MeetingBookedEvent(AsOf)] };

        var result = LeadQualityScorer.Instance.Evaluate(contact, AsOf);

        Assert.True(result.IsScored);
        Assert.NotNull(result.Engagement);
        Assert.NotNull(result.Fit);
        Assert.Matches("^[A-C][1-3]$", result.TierLabel ?? string.Empty);
    }

    [Fact]
    public void Batch_OverColumnarData_GivesTheSameResultsAsOneByOne()
    {
        var contacts = Enumerable.Range(0, 4500)
            .Select(i => new Contact { Id = "c" + i, Events = [.. Enumerable.Repeat<ContactEvent>(new MarketingEmailOpenedEvent(AsOf.AddDays(-i)), i % 7)] })
            .ToList();
        var scorer = ContactEngagementScorer.Instance;

        var data = scorer.CreateData(contacts);
        var serial = scorer.Results(data, scorer.Evaluate(data, AsOf)).ToList();
        var parallel = scorer.Results(data, scorer.Evaluate(data, AsOf, parallel: true)).ToList();
        var oneByOne = contacts.Take(100).Select(c => scorer.Evaluate(c, AsOf)).ToList();

        Assert.Equal(oneByOne, contacts.Take(100).Select(c => serial.Single(r => r.RecordId == c.Id)));
        Assert.Equal(serial, parallel);
    }
}
