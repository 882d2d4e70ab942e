using System.Globalization;
using ScoreLang.Semantics;

namespace ScoreLang.Sql.Generation;

/// <summary>
/// The calendar arithmetic of S19 in SQL, written once over a dialect's primitives so that every engine counts days,
/// weeks, calendar months and years exactly as <see cref="Evaluation.DecayCalculator"/> and <see cref="Duration.AddTo"/>
/// do (microsecond precision: the finest every engine keeps).
/// </summary>
internal sealed class CalendarSql
{
    public const long MicrosecondsPerDay = 86_400_000_000;

    private readonly SqlDialect _dialect;

    public CalendarSql(SqlDialect dialect)
    {
        _dialect = dialect;
    }

    /// <summary>Microseconds from <paramref name="from"/> to <paramref name="to"/> (negative when <paramref name="to"/> is earlier).</summary>
    public string Microseconds(string from, string to) =>
        $"({_dialect.EpochMicroseconds(to)} - {_dialect.EpochMicroseconds(from)})";

    /// <summary>floor((to - from).TotalDays), for any order of the two (<c>days since</c>, S11).</summary>
    public string WholeDays(string from, string to) => _dialect.FloorDivide(Microseconds(from, to), MicrosecondsPerDay);

    /// <summary>The same when <paramref name="from"/> &lt;= <paramref name="to"/> is known (an event's age): a plain division.</summary>
    public string ElapsedWholeDays(string from, string to) =>
        _dialect.TruncatingDivide(Microseconds(from, to), Number(MicrosecondsPerDay));

    /// <summary><paramref name="timestamp"/> moved by <paramref name="times"/> × <paramref name="period"/> (negative moves back).</summary>
    public string Shift(string timestamp, Duration period, int times) => period.Unit switch
    {
        DurationUnit.Day => _dialect.AddDays(timestamp, Number((long)period.Amount * times)),
        DurationUnit.Week => _dialect.AddDays(timestamp, Number(7L * period.Amount * times)),
        _ => _dialect.AddMonths(timestamp, Number(MonthsOf(period) * times)),
    };

    /// <summary>
    /// The largest k with <c>period.AddTo(from, k) &lt;= to</c>, for <paramref name="from"/> &lt;= <paramref name="to"/>.
    /// Days and weeks: whole periods of exact length. Months and years: the calendar months between the two dates
    /// divided by the period, less one when adding that many periods to <paramref name="from"/> (the day clamped to the
    /// month's end) passes <paramref name="to"/>; one fewer period always lands in an earlier month, so that is exact.
    /// </summary>
    public string WholePeriods(Duration period, string from, string to)
    {
        if (period.Unit is DurationUnit.Day or DurationUnit.Week)
        {
            var periodMicros = MicrosecondsPerDay * period.Amount * (period.Unit == DurationUnit.Week ? 7 : 1);
            return _dialect.TruncatingDivide(Microseconds(from, to), Number(periodMicros));
        }

        var months = MonthsOf(period);
        var monthsBetween = $"{_dialect.MonthIndex(to)} - {_dialect.MonthIndex(from)}";
        var candidate = months == 1 ? $"({monthsBetween})" : _dialect.TruncatingDivide(monthsBetween, Number(months));
        var reached = _dialect.AddMonths(from, months == 1 ? candidate : $"{candidate} * {Number(months)}");
        return $"({candidate} - CASE WHEN {reached} > {to} THEN 1 ELSE 0 END)";
    }

    /// <summary>
    /// D of the linear and half-life forms: the whole days in the first period after <paramref name="from"/>, at least 1
    /// (a constant for days and weeks; for months and years it depends on the month the event falls in).
    /// </summary>
    public string FirstPeriodDays(Duration period, string from) => period.Unit switch
    {
        DurationUnit.Day => Number(Math.Max(1L, period.Amount)),
        DurationUnit.Week => Number(Math.Max(1L, 7L * period.Amount)),
        _ => _dialect.Greatest("1", ElapsedWholeDays(from, _dialect.AddMonths(from, Number(MonthsOf(period))))),
    };

    private static long MonthsOf(Duration period) => period.Unit == DurationUnit.Year ? 12L * period.Amount : period.Amount;

    private static string Number(long value) => value < 0
        ? $"({value.ToString(CultureInfo.InvariantCulture)})"
        : value.ToString(CultureInfo.InvariantCulture);
}
