using ScoreLang.Evaluation;
using ScoreLang.Semantics;
using ScoreLang.Sql.Execution;
using ScoreLang.Sql.Tests.Support;
using Xunit;
using static ScoreLang.Sql.Tests.Support.Models;

namespace ScoreLang.Sql.Tests;

/// <summary>
/// Records with hundreds of events, many on month ends and at the as-of date's time of day, scored as of month ends:
/// every rule in a group of its own without limit or floor, so each group is one rule's sum. DuckDB and PostgreSQL give
/// the reference evaluator's values to the last bit (S17, S18), whether the query sums plainly (stepped decay with
/// short binary fractions, whole undecayed points) or in time order (continuous decay, tenths, 10% steps).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ExactSumParityTests
{
    private static readonly DateTime[] AsOfDates = [Utc(2024, 2, 29), Utc(2024, 4, 30, 12), Utc(2025, 1, 31, 23, 59), Utc(2024, 6, 15, 8, 30)];

    private static readonly ScoreSymbol Score = Models.Score("sums", ScoreKind.Engagement, null, [
        Group("half_monthly", null, Event(TestSchema.Visit, 2.5, decay: Stepped(50, 1, DurationUnit.Month))),
        Group("quarterly", null, Event(TestSchema.Form, 10, decay: Stepped(100, 3, DurationUnit.Month))),
        Group("yearly_quarters", null, Event(TestSchema.EmailOpen, -3, decay: Stepped(25, 1, DurationUnit.Year))),
        Group("tenth_steps", null, Event(TestSchema.Visit, 3, decay: Stepped(10, 1, DurationUnit.Month))),
        Group("whole", null, Event(TestSchema.EmailOpen, 4)),
        Group("tenths", null, Event(TestSchema.Form, 0.1)),
        Group("half_life", null, Event(TestSchema.Visit, 1, decay: HalfLife(2, DurationUnit.Week))),
        Group("linear", null, Event(TestSchema.Form, -5, decay: Linear(100, 1, DurationUnit.Month))),
    ], allowNegative: true);

    private readonly PostgresServer _server;

    public ExactSumParityTests(PostgresServer server)
    {
        _server = server;
    }

    [Fact]
    public void ManyEvents_OnDuckDb_EqualTheReferenceEvaluatorToTheBit_S17_S18()
    {
        using var engine = DuckDbScoreEngine.Open();
        AssertExact(engine);
    }

    [SkippableFact]
    public void ManyEvents_OnPostgres_EqualTheReferenceEvaluatorToTheBit_S17_S18()
    {
        using var engine = PostgresScoreEngine.Open(_server.RequireConnectionString(), new SqlTableMapping { SchemaName = "exact_sums" });
        AssertExact(engine);
    }

    private static void AssertExact(SqlScoreEngine engine)
    {
        foreach (var asOf in AsOfDates)
        {
            var records = Contacts(asOf);
            if (Differential.Disagreement(engine, Program(Score), Score, records, asOf, tolerance: 0) is { } problem)
            {
                Assert.Fail(problem);
            }
        }
    }

    /// <summary>20 contacts with 50 to 400 events each over the 30 months before the as-of date (a fixed seed).</summary>
    private static RecordData[] Contacts(DateTime asOf)
    {
        var random = new Random(20261128);
        var start = asOf.AddMonths(-30);
        var span = (asOf - start).Ticks;
        string[] types = ["visit", "form", "email_open"];
        return [.. Enumerable.Range(1, 20).Select(i =>
        {
            var contact = Records.Contact($"c{i}");
            var count = random.Next(50, 400);
            for (var n = 0; n < count; n++)
            {
                var time = start.AddTicks((long)(random.NextDouble() * span) / 10_000_000 * 10_000_000);
                if (n % 3 == 0)
                {
                    // On one of the last days of a month, at midnight or at the as-of date's time of day.
                    var month = new DateTime(time.Year, time.Month, 1, 0, 0, 0, DateTimeKind.Utc);
                    var day = DateTime.DaysInMonth(month.Year, month.Month) - random.Next(0, 3);
                    time = month.AddDays(day - 1) + (n % 2 == 0 ? TimeSpan.Zero : asOf.TimeOfDay);
                }

                if (time <= asOf)
                {
                    contact = contact.WithEvent(types[random.Next(types.Length)], time);
                }
            }

            return contact;
        })];
    }
}
