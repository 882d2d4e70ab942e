using System.Globalization;
using LeadScoring;
using LeadScoring.Scoring;
using ScoreLang.Data;
using ScoreLang.Evaluation;
using ScoreLang.Runtime;
using ScoreLang.Runtime.Building;
using ScoreLang.Runtime.Output;
using ScoreLang.Semantics;

// Scores contacts and companies with the scorers that ScoreLang.Build generated from ../*.score at build time.
//   --data <folder>  also scores a data folder (the repository's samples/data) in one batch per score
//   --out <file>     with --data: writes those scores as `scorelang run --out` does (.csv, .jsonl or .parquet)
//   --check          compares every result with ScoreLang's reference evaluator and fails on any difference
var dataFolder = args.SkipWhile(a => a != "--data").Skip(1).FirstOrDefault();
var outputPath = args.SkipWhile(a => a != "--out").Skip(1).FirstOrDefault();
var check = args.Contains("--check");
var compared = 0;
var differences = 0;

// 1. One typed record at a time: the worked example of the lead-scoring guides (books a meeting, opens two
//    emails, clicks three links: Sales 10 + Marketing 19 = 29).
var asOf = new DateTime(2024, 3, 1, 0, 0, 0, DateTimeKind.Utc);
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
Print($"contact_engagement {result.RecordId}: score {result.Score}, tier {result.TierLabel}, sales {result.Groups?.Sales}, marketing {result.Groups?.Marketing}");

var fit = ContactFitScorer.Instance.Evaluate(
    new Contact
    {
        Id = "director",
        JobTitle = "Marketing Director",
        Company = new Company { Id = "acme", NumEmployees = 200, Industry = CompanyIndustry.Software, Country = "NL" },
    },
    asOf);
Print($"contact_fit {fit.RecordId}: score {fit.Score}, tier {fit.TierLabel}");

// 2. Typed records in a batch: the runtime's columnar data made from them, scored in parallel ranges.
var contacts = SampleContacts.Create(seed: 7, count: 500, asOf);
var typedData = ContactEngagementScorer.Instance.CreateData(contacts.Prepend(workedExample));
Score(typedData, asOf, "typed contacts");

// 3. A data folder (CSV, JSON Lines or Parquet) read by ScoreLang.Data, scored as a nightly job would.
if (dataFolder is not null)
{
    var dataAsOf = new DateTime(2024, 7, 1, 0, 0, 0, DateTimeKind.Utc);
    var loaded = DataSetLoader.Load(ContactEngagementScorer.Instance.Schema, DataSource.Folder(dataFolder));
    Print($"data: {loaded.RecordCount} records, {loaded.EventCount} events, {loaded.IssueCount} issues");
    Score(loaded.Data, dataAsOf, "data");
    var contactsData = loaded.Data.RecordsOf(ContactEngagementScorer.RecordTypeName);
    var row = contactsData.RowOf("worked-example");
    if (row >= 0)
    {
        var fromFile = ContactEngagementScorer.Instance.ResultAt(loaded.Data, ContactEngagementScorer.Instance.Evaluate(loaded.Data, dataAsOf), row);
        Print($"data: contact_engagement {fromFile.RecordId}: score {fromFile.Score}, tier {fromFile.TierLabel}, sales {fromFile.Groups?.Sales}, marketing {fromFile.Groups?.Marketing}");
    }

    if (outputPath is not null)
    {
        WriteScores(loaded.Data, dataAsOf, outputPath);
    }
}

if (check)
{
    Print($"check: {compared - differences} of {compared} results agree with the reference evaluator");
}

return differences == 0 ? 0 : 1;

// Every sample score over one data set: tier counts, and with --check each row against the reference evaluator.
void Score(ScoringData data, DateTime when, string what)
{
    Report(data, when, what, ContactEngagementScorer.Instance.Program, ContactEngagementScorer.Instance.Evaluate(data, when, parallel: true));
    Report(data, when, what, ContactFitScorer.Instance.Program, ContactFitScorer.Instance.Evaluate(data, when, parallel: true));
    Report(data, when, what, HubspotScoreScorer.Instance.Program, HubspotScoreScorer.Instance.Evaluate(data, when, parallel: true));
    Report(data, when, what, LeadQualityScorer.Instance.Program, LeadQualityScorer.Instance.Evaluate(data, when, parallel: true));
    Report(data, when, what, CompanyEngagementScorer.Instance.Program, CompanyEngagementScorer.Instance.Evaluate(data, when, parallel: true));
    Report(data, when, what, CompanyFitScorer.Instance.Program, CompanyFitScorer.Instance.Evaluate(data, when, parallel: true));
}

// The file `scorelang run ../*.score --data <folder> --out <file>` writes: the scores in the order of that command
// (score files by name, scores in file order), each filled by its typed scorer into one ScoringOutput.
void WriteScores(ScoringData data, DateTime when, string path)
{
    var output = ScoringOutput.Create(
        [
            LeadQualityScorer.Instance.Symbol, CompanyEngagementScorer.Instance.Symbol, CompanyFitScorer.Instance.Symbol,
            ContactEngagementScorer.Instance.Symbol, ContactFitScorer.Instance.Symbol, HubspotScoreScorer.Instance.Symbol,
        ],
        data);
    LeadQualityScorer.Instance.Evaluate(data, when, output[LeadQualityScorer.ScoreName]);
    CompanyEngagementScorer.Instance.Evaluate(data, when, output[CompanyEngagementScorer.ScoreName]);
    CompanyFitScorer.Instance.Evaluate(data, when, output[CompanyFitScorer.ScoreName]);
    ContactEngagementScorer.Instance.Evaluate(data, when, output[ContactEngagementScorer.ScoreName]);
    ContactFitScorer.Instance.Evaluate(data, when, output[ContactFitScorer.ScoreName]);
    HubspotScoreScorer.Instance.Evaluate(data, when, output[HubspotScoreScorer.ScoreName]);
    ScoreOutputWriter.Write(path, data, output);
    Print($"data: wrote {path}");
}

void Report(ScoringData data, DateTime when, string what, BoundProgram program, ScoreColumns columns)
{
    var tiers = Enumerable.Range(0, columns.Count)
        .Where(columns.IsScored)
        .GroupBy(r => columns.TierOf(r) ?? "(none)")
        .OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => $"{g.Key} {g.Count()}");
    Print($"{what}: {columns.Name}: {columns.Scored.CountSet()} of {columns.Count} scored; {string.Join(", ", tiers)}");
    if (!check)
    {
        return;
    }

    for (var row = 0; row < columns.Count; row++)
    {
        var expected = ReferenceEvaluator.Evaluate(program, columns.Score, RecordDataExtractor.Extract(data, columns.RecordTypeName, row), when);
        compared++;
        if (expected.Score != columns.ValueOf(row) || expected.Tier != columns.TierOf(row))
        {
            differences++;
            Print($"DIFFERENT {columns.Name} {expected.RecordId}: evaluator {expected.Score} {expected.Tier}, generated {columns.ValueOf(row)} {columns.TierOf(row)}");
        }
    }
}

static void Print(FormattableString line) => Console.WriteLine(line.ToString(CultureInfo.InvariantCulture));
