using System.Globalization;
using ScoreLang.Semantics;

namespace ScoreLang.Sql.Generation;

/// <summary>
/// Stepped decay (S18) without calendar arithmetic per event. An event at t is at least j periods old when
/// <c>period.AddTo(t, j) &lt;= as_of</c>; the times where that holds are worked out once per query, in the
/// <c>params</c> step, as timestamps the events are compared with. The columns depend only on the shift s = j × the
/// period (in days, or in calendar months), so rules and levels that shift by the same amount share them.
/// <para>
/// Days and weeks have a fixed length: t + s days &lt;= as_of exactly when t &lt;= as_of - s days (<c>d{s}</c>).
/// </para>
/// <para>
/// Months and years clamp the day to the end of a shorter month, so adding s months is not monotonic in t (28 January
/// 13:00 + 1 month is after 29 January 11:00 + 1 month: both land on 28 February). With X the calendar month s months
/// before the as-of date's month: t in a month before X qualifies, t in a month after X does not, and t in X
/// qualifies when its day and time of day are at most the as-of date's, unless its day is past the as-of month's last
/// day. So for t outside the zone below: qualifies when <c>t &lt;= m{s}_last AND t &lt; m{s}_next</c>, where
/// <c>m{s}_next</c> is the start of the month after X and <c>m{s}_last</c> is as_of moved back s months (day and time
/// kept), or <c>m{s}_next</c> when X has no such day (then all of X qualifies). The zone
/// (<c>m{s}_zone &lt;= t &lt; m{s}_next</c>) is the days of X past the as-of month's last day when the as-of date is
/// on its month's last day: there the time of day decides, and the exact per-event count (CalendarSql.WholePeriods)
/// is used instead. On any other as-of date the zone is empty (<c>m{s}_zone</c> = <c>m{s}_next</c>).
/// </para>
/// </summary>
internal sealed class SteppedDecayBoundaries
{
    /// <summary>The most levels (whole periods before the factor reaches its last value) written as boundaries.</summary>
    public const int MaxLevels = 12;

    /// <summary>The as-of date inside the <c>params</c> step, where these columns are computed.</summary>
    public const string AsOfColumn = "as_of";

    private readonly SqlDialect _dialect;
    private readonly CalendarSql _calendar;
    private readonly List<(string Name, string Expression)> _columns = [];

    public SteppedDecayBoundaries(SqlDialect dialect, CalendarSql calendar)
    {
        _dialect = dialect;
        _calendar = calendar;
    }

    /// <summary>The columns of the <c>params</c> step asked for so far, computed from <see cref="AsOfColumn"/>.</summary>
    public IReadOnlyList<(string Name, string Expression)> Columns => _columns;

    /// <summary>
    /// The condition that the event at <paramref name="eventTime"/> is at least <paramref name="level"/> periods old,
    /// exact for every event outside <see cref="Zone"/>.
    /// </summary>
    public string Reached(Duration period, int level, string eventTime)
    {
        if (period.Unit is DurationUnit.Day or DurationUnit.Week)
        {
            var days = (long)period.Amount * level * (period.Unit == DurationUnit.Week ? 7 : 1);
            return $"{eventTime} <= {Column($"d{Text(days)}", () => _dialect.AddDays(AsOfColumn, Negative(days)))}";
        }

        var months = Months(period, level);
        return $"{eventTime} <= {Column($"m{Text(months)}_last", () => Last(months))} AND {eventTime} < {Next(months)}";
    }

    /// <summary>The condition that the event is in the zone of <paramref name="level"/> (null for days and weeks: they have none).</summary>
    public string? Zone(Duration period, int level, string eventTime)
    {
        if (period.Unit is DurationUnit.Day or DurationUnit.Week)
        {
            return null;
        }

        var months = Months(period, level);
        return $"{eventTime} >= {Column($"m{Text(months)}_zone", () => ZoneStart(months))} AND {eventTime} < {Next(months)}";
    }

    private string Next(long months) => Column($"m{Text(months)}_next", () => NextExpression(months));

    /// <summary>The start of the month after X: the as-of month's start moved back s - 1 months.</summary>
    private string NextExpression(long months) => _dialect.AddMonths(_dialect.MonthStart(AsOfColumn), Signed(1 - months));

    /// <summary>The as-of date moved back s months when that keeps its day (moving forward again gives it back), else the next month's start.</summary>
    private string Last(long months)
    {
        var back = _dialect.AddMonths(AsOfColumn, Negative(months));
        return $"CASE WHEN {_dialect.AddMonths(back, Text(months))} = {AsOfColumn} THEN {back} ELSE {NextExpression(months)} END";
    }

    /// <summary>Day (days in the as-of month) + 1 of X when the as-of date is on its month's last day, else the next month's start.</summary>
    private string ZoneStart(long months)
    {
        var monthStart = _dialect.MonthStart(AsOfColumn);
        var following = _dialect.AddMonths(monthStart, "1");
        var daysInMonth = _calendar.ElapsedWholeDays(monthStart, following);
        var onLastDay = $"{_dialect.AddDays(AsOfColumn, "1")} >= {following}";
        var start = _dialect.AddDays(_dialect.AddMonths(monthStart, Negative(months)), daysInMonth);
        return $"CASE WHEN {onLastDay} THEN {start} ELSE {NextExpression(months)} END";
    }

    /// <summary>A column of the <c>params</c> step (added on first use), as the events' query reads it.</summary>
    private string Column(string name, Func<string> expression)
    {
        if (!_columns.Exists(c => string.Equals(c.Name, name, StringComparison.Ordinal)))
        {
            _columns.Add((name, expression()));
        }

        return $"{ScoreQueryContext.ParamsAlias}.{name}";
    }

    private static long Months(Duration period, int level) =>
        (long)period.Amount * level * (period.Unit == DurationUnit.Year ? 12 : 1);

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Negative(long value) => Signed(-value);

    private static string Signed(long value) => value < 0 ? $"({Text(value)})" : Text(value);
}
