using System.Data.Common;
using System.Globalization;
using ScoreLang.Evaluation;
using ScoreLang.Semantics;
using ScoreLang.Sql.Execution;
using ScoreLang.Sql.Generation;
using ScoreLang.Sql.Tests.Support;
using Xunit;
using static ScoreLang.Sql.Tests.Support.Models;

namespace ScoreLang.Sql.Tests;

/// <summary>
/// Stepped decay written as comparisons with boundaries worked out once per query (SteppedDecayBoundaries) gives, for
/// every event, exactly the points of <see cref="DecayCalculator"/>: around month ends (the day clamped to a shorter
/// month, so that adding months is not monotonic), at the horizon where the factor reaches its last value, at times of
/// day a microsecond either side of the as-of date's.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SteppedDecaySqlTests
{
    private static readonly DecaySpec[] Specs =
    [
        Stepped(50, 1, DurationUnit.Month), Stepped(100, 3, DurationUnit.Month), Stepped(33.3, 1, DurationUnit.Month),
        Stepped(25, 1, DurationUnit.Year), Stepped(150, 2, DurationUnit.Month), Stepped(50, 2, DurationUnit.Week),
        Stepped(10, 1, DurationUnit.Day), Stepped(34, 3, DurationUnit.Day),
    ];

    private static readonly double[] Points = [10, 2.5, -3];

    /// <summary>Month ends of short and long months, 29 February, the first of a month; at midnight, midday and the last microsecond.</summary>
    private static readonly DateTime[] AsOfDates =
    [
        At(2024, 2, 29, 0), At(2024, 2, 29, 12), At(2023, 2, 28, 0), At(2023, 2, 28, 23, 59, 59, 999_999), At(2024, 3, 31, 12),
        At(2024, 4, 30, 0), At(2024, 4, 30, 6), At(2024, 3, 1, 0), At(2024, 6, 15, 8), At(2025, 1, 31, 23, 59), At(2024, 12, 31, 0),
        At(2024, 3, 30, 12),
    ];

    private readonly PostgresServer _server;

    public SteppedDecaySqlTests(PostgresServer server)
    {
        _server = server;
    }

    [Fact]
    public void SteppedDecay_FromBoundaries_OnDuckDb_EqualsDecayCalculatorToTheBit_NearMonthEnds_S18()
    {
        using var engine = DuckDbScoreEngine.Open();
        AssertPointsMatch(engine.Connection, SqlDialect.DuckDb);
    }

    [SkippableFact]
    public void SteppedDecay_FromBoundaries_OnPostgres_EqualsDecayCalculatorToTheBit_NearMonthEnds_S18()
    {
        using var engine = PostgresScoreEngine.Open(_server.RequireConnectionString());
        AssertPointsMatch(engine.Connection, SqlDialect.PostgreSql);
    }

    [Fact]
    public void SteppedDecay_WithManyLevels_KeepsTheExactCountPerEvent_S18()
    {
        var decay = new DecaySql(SqlDialect.DuckDb, new CalendarSql(SqlDialect.DuckDb), new SteppedDecayBoundaries(SqlDialect.DuckDb, new CalendarSql(SqlDialect.DuckDb)));

        // 5% a day has 20 levels, more than are worth a boundary each: no literal values, the factor per event.
        var (sql, values) = decay.Points(Stepped(5, 1, DurationUnit.Day), 10, "e.t", "p.as_of");

        Assert.Null(values);
        Assert.DoesNotContain("p.d", sql, StringComparison.Ordinal);
    }

    private static void AssertPointsMatch(DbConnection connection, SqlDialect dialect)
    {
        var mismatches = new List<string>();
        var checkedCount = 0;
        foreach (var asOf in AsOfDates)
        {
            var calendar = new CalendarSql(dialect);
            var boundaries = new SteppedDecayBoundaries(dialect, calendar);
            var decay = new DecaySql(dialect, calendar, boundaries);
            var columns = Specs.SelectMany(spec => Points.Select(points => (spec, points, decay.Points(spec, points, "e.t", "p.as_of")))).ToList();
            Assert.All(columns, c => Assert.NotNull(c.Item3.Values));
            var events = EventTimes(asOf);
            var sql = $"SELECT e.t, {string.Join(", ", columns.Select(c => c.Item3.Sql))}\n"
                + $"FROM (VALUES {string.Join(", ", events.Select(t => $"({dialect.TimestampLiteral(t)})"))}) AS e(t)\n"
                + $"CROSS JOIN (SELECT as_of{string.Concat(boundaries.Columns.Select(b => $", {b.Expression} AS {b.Name}"))} "
                + $"FROM (SELECT {dialect.TimestampLiteral(asOf)} AS as_of) AS a) AS p";
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var eventTime = reader.GetDateTime(0);
                for (var i = 0; i < columns.Count; i++)
                {
                    var (spec, points, _) = columns[i];
                    var expected = points * DecayCalculator.Factor(spec, eventTime, asOf);
                    var actual = reader.GetDouble(i + 1);
                    checkedCount++;
                    if (BitConverter.DoubleToInt64Bits(expected) != BitConverter.DoubleToInt64Bits(actual) && !(expected == 0 && actual == 0))
                    {
                        mismatches.Add(string.Create(
                            CultureInfo.InvariantCulture,
                            $"{spec.Percent}% every {spec.Period}, {points} points, event {eventTime:O} as of {asOf:O}: .NET {expected:R}, SQL {actual:R}"));
                    }
                }
            }
        }

        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {checkedCount} differ:\n" + string.Join("\n", mismatches.Take(20)));
        Assert.True(checkedCount > 50_000, $"only {checkedCount} values were compared");
    }

    /// <summary>
    /// Events up to the as-of date over the 40 months before it: the last three and first two days of every month, at
    /// midnight, a microsecond after it, the as-of date's time of day and a microsecond either side, and just before
    /// midnight; and the as-of date itself.
    /// </summary>
    private static List<DateTime> EventTimes(DateTime asOf)
    {
        var times = new List<DateTime> { asOf };
        var timeOfDay = asOf.TimeOfDay;
        var offsets = new[] { TimeSpan.Zero, TimeSpan.FromTicks(10), timeOfDay - TimeSpan.FromTicks(10), timeOfDay, timeOfDay + TimeSpan.FromTicks(10), TimeSpan.FromDays(1) - TimeSpan.FromTicks(10) };
        var firstMonth = new DateTime(asOf.Year, asOf.Month, 1).AddMonths(-40);
        for (var month = firstMonth; month <= asOf; month = month.AddMonths(1))
        {
            var days = DateTime.DaysInMonth(month.Year, month.Month);
            foreach (var day in new[] { 1, 2, 15, days - 2, days - 1, days })
            {
                foreach (var offset in offsets.Where(o => o >= TimeSpan.Zero && o < TimeSpan.FromDays(1)))
                {
                    var time = month.AddDays(day - 1) + offset;
                    if (time <= asOf)
                    {
                        times.Add(time);
                    }
                }
            }
        }

        return [.. times.Distinct()];
    }

    private static DateTime At(int year, int month, int day, int hour, int minute = 0, int second = 0, int microsecond = 0) =>
        new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).AddTicks(microsecond * 10L);
}
