using System.Data.Common;
using System.Globalization;
using ScoreLang.Evaluation;
using ScoreLang.Semantics;
using ScoreLang.Sql.Execution;
using ScoreLang.Sql.Generation;
using ScoreLang.Sql.Tests.Support;
using ScoreLang.Syntax;
using Xunit;
using static ScoreLang.Sql.Tests.Support.Models;

namespace ScoreLang.Sql.Tests;

/// <summary>
/// The calendar building blocks (S19) executed on DuckDB and PostgreSQL against <see cref="DecayCalculator"/> and
/// <see cref="Duration.AddTo"/>, on the dates where calendars bite: month ends, 29 February, times of day just before
/// and after a whole period, leap years, negative spans.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class CalendarSqlTests
{
    private static readonly DateTime[] Dates =
    [
        Utc(2024, 1, 31), Utc(2024, 1, 31, 12), Utc(2024, 2, 28, 23, 59), Utc(2024, 2, 29), Utc(2024, 2, 29, 12), Utc(2024, 3, 1),
        Utc(2024, 3, 30, 23, 59), Utc(2024, 3, 31), Utc(2024, 4, 30), Utc(2023, 2, 28), Utc(2023, 12, 31, 23, 59), Utc(2025, 2, 28, 12),
        Utc(2028, 2, 29, 6), Utc(2023, 1, 29), Utc(2024, 5, 31, 0, 1),
    ];

    private static readonly Duration[] Periods =
    [
        new(1, DurationUnit.Month), new(2, DurationUnit.Month), new(3, DurationUnit.Month), new(1, DurationUnit.Year),
        new(1, DurationUnit.Week), new(3, DurationUnit.Day), new(1, DurationUnit.Day),
    ];

    private readonly PostgresServer _server;

    public CalendarSqlTests(PostgresServer server)
    {
        _server = server;
    }

    [Fact]
    public void WholePeriodsShiftsAndDays_OnDuckDb_MatchDecayCalculator_S19()
    {
        using var engine = DuckDbScoreEngine.Open();
        AssertCalendarMatches(engine.Connection, SqlDialect.DuckDb);
    }

    [SkippableFact]
    public void WholePeriodsShiftsAndDays_OnPostgres_MatchDecayCalculator_S19()
    {
        using var engine = PostgresScoreEngine.Open(_server.RequireConnectionString());
        AssertCalendarMatches(engine.Connection, SqlDialect.PostgreSql);
    }

    [Fact]
    public void DecayFactors_OnDuckDb_MatchDecayCalculator_S17_S18()
    {
        using var engine = DuckDbScoreEngine.Open();
        AssertFactorsMatch(engine.Connection, SqlDialect.DuckDb);
    }

    [SkippableFact]
    public void DecayFactors_OnPostgres_MatchDecayCalculator_S17_S18()
    {
        using var engine = PostgresScoreEngine.Open(_server.RequireConnectionString());
        AssertFactorsMatch(engine.Connection, SqlDialect.PostgreSql);
    }

    private static void AssertCalendarMatches(DbConnection connection, SqlDialect dialect)
    {
        var calendar = new CalendarSql(dialect);
        var mismatches = new List<string>();
        foreach (var from in Dates)
        {
            var f = dialect.TimestampLiteral(from);
            foreach (var to in Dates)
            {
                var t = dialect.TimestampLiteral(to);
                Expect($"whole days {from:O} -> {to:O}", DecayCalculator.WholeDays(from, to), SqlScalar.Number(connection, calendar.WholeDays(f, t)));
                if (from > to)
                {
                    continue;
                }

                foreach (var period in Periods)
                {
                    var expected = DecayCalculator.WholePeriods(period, from, to, int.MaxValue - 1);
                    Expect($"whole periods of {period} {from:O} -> {to:O}", expected, SqlScalar.Number(connection, calendar.WholePeriods(period, f, t)));
                }
            }

            foreach (var period in Periods)
            {
                foreach (var times in new[] { -2, -1, 1, 13 })
                {
                    var shifted = SqlScalar.Time(connection, calendar.Shift(f, period, times));
                    if (shifted != DateTime.SpecifyKind(period.AddTo(from, times), DateTimeKind.Unspecified))
                    {
                        mismatches.Add($"{from:O} + {times} x {period}: .NET {period.AddTo(from, times):O}, SQL {shifted:O}");
                    }
                }
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches.Take(20)));

        void Expect(string what, double expected, double? actual)
        {
            if (actual != expected)
            {
                mismatches.Add($"{what}: .NET {expected.ToString(CultureInfo.InvariantCulture)}, SQL {actual?.ToString(CultureInfo.InvariantCulture) ?? "NULL"}");
            }
        }
    }

    private static void AssertFactorsMatch(DbConnection connection, SqlDialect dialect)
    {
        var decay = new DecaySql(dialect, new CalendarSql(dialect));
        var mismatches = new List<string>();
        var specs = Periods.SelectMany(p => new[]
        {
            new DecaySpec(DecayForm.Stepped, 50, p), new DecaySpec(DecayForm.Stepped, 33.3, p), new DecaySpec(DecayForm.Stepped, 150, p),
            new DecaySpec(DecayForm.Linear, 100, p), new DecaySpec(DecayForm.Linear, 25, p), new DecaySpec(DecayForm.HalfLife, 50, p),
        });
        foreach (var spec in specs)
        {
            foreach (var eventTime in Dates)
            {
                foreach (var asOf in Dates.Where(d => d >= eventTime))
                {
                    var expected = DecayCalculator.Factor(spec, eventTime, asOf);
                    var sql = decay.Factor(spec, dialect.TimestampLiteral(eventTime), dialect.TimestampLiteral(asOf));
                    var actual = sql is null ? 1.0 : SqlScalar.Number(connection, sql);
                    if (actual is null || Math.Abs(actual.Value - expected) > TestRunner.Tolerance)
                    {
                        mismatches.Add($"{spec.Form} {spec.Percent}% {spec.Period} event {eventTime:O} as of {asOf:O}: .NET {expected}, SQL {actual}");
                    }
                }
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches.Take(20)));
    }
}
