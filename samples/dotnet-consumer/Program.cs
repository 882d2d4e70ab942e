using System.Globalization;
using LeadScoring;
using LeadScoring.Scoring;
using ScoreLang.Evaluation;
using ScoreLang.Semantics;

// Scores contacts with the scorers that ScoreLang.Build generated from ../*.score at build time.
// `--check` also scores every contact with ScoreLang's reference evaluator and fails on any difference.
var asOf = new DateTime(2024, 3, 1, 0, 0, 0, DateTimeKind.Utc);

// The worked example of the lead-scoring guides: books a meeting, opens two emails, clicks three links.
var workedExample = new Contact
{
    Id = "worked-example",
    Events =
    [
        new MeetingBookedEvent(asOf),
        new MarketingEmailOpenedEvent(asOf), new MarketingEmailOpenedEvent(asOf),
        new MarketingEmailClickedEvent(asOf), new MarketingEmailClickedEvent(asOf), new MarketingEmailClickedEvent(asOf),
    ],
};

var result = ContactEngagementScorer.Instance.Evaluate(workedExample, asOf);
Console.WriteLine(string.Create(
    CultureInfo.InvariantCulture,
    $"contact_engagement {result.RecordId}: score {result.Score}, tier {result.TierLabel}, sales {result.Groups?.Sales}, marketing {result.Groups?.Marketing}"));

var fit = ContactFitScorer.Instance.Evaluate(
    new Contact
    {
        Id = "director",
        JobTitle = "Marketing Director",
        Company = new Company { Id = "acme", NumEmployees = 200, Industry = CompanyIndustry.Software, Country = "NL" },
    },
    asOf);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"contact_fit {fit.RecordId}: score {fit.Score}, tier {fit.TierLabel}"));

// A batch over the runtime's columnar data, as a nightly job would run it.
var contacts = SampleContacts.Create(seed: 7, count: 500, asOf);
var data = ContactEngagementScorer.Instance.CreateData(contacts);
var columns = ContactEngagementScorer.Instance.Evaluate(data, asOf, parallel: true);
var tiers = ContactEngagementScorer.Instance.Results(data, columns)
    .Where(r => r.IsScored)
    .GroupBy(r => r.TierLabel ?? "(none)")
    .OrderBy(g => g.Key, StringComparer.Ordinal)
    .Select(g => $"{g.Key} {g.Count()}");
Console.WriteLine($"batch: {columns.Scored.CountSet()} of {columns.Count} contacts scored; {string.Join(", ", tiers)}");

if (!args.Contains("--check"))
{
    return 0;
}

var compared = 0;
var differences = 0;
foreach (var contact in contacts.Prepend(workedExample))
{
    var engagement = ContactEngagementScorer.Instance;
    Check(engagement.Program, engagement.Symbol, contact, engagement.Evaluate(contact, asOf) is var e ? (e.Score, e.TierLabel) : default);
    var contactFit = ContactFitScorer.Instance;
    Check(contactFit.Program, contactFit.Symbol, contact, contactFit.Evaluate(contact, asOf) is var f ? (f.Score, f.TierLabel) : default);
    var legacy = HubspotScoreScorer.Instance;
    Check(legacy.Program, legacy.Symbol, contact, legacy.Evaluate(contact, asOf) is var l ? (l.Score, l.TierLabel) : default);
    var combined = LeadQualityScorer.Instance;
    Check(combined.Program, combined.Symbol, contact, combined.Evaluate(contact, asOf) is var q ? (q.Score, q.TierLabel) : default);
}

Console.WriteLine($"check: {compared - differences} of {compared} results agree with the reference evaluator");
return differences == 0 ? 0 : 1;

void Check(BoundProgram program, ScoreSymbol score, Contact contact, (double? Score, string? Tier) generated)
{
    var expected = ReferenceEvaluator.Evaluate(program, score, ScoreLangRecords.ToRecordData(contact), asOf);
    compared++;
    if (expected.Score != generated.Score || expected.Tier != generated.Tier)
    {
        differences++;
        Console.WriteLine($"DIFFERENT {score.Name} {contact.Id}: evaluator {expected.Score} {expected.Tier}, generated {generated.Score} {generated.Tier}");
    }
}
