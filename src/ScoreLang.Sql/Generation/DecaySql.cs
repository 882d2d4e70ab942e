using System.Globalization;
using ScoreLang.Semantics;
using ScoreLang.Syntax;

namespace ScoreLang.Sql.Generation;

/// <summary>
/// The decay factor of one event occurrence (S17-S19) in SQL, term for term the formula of
/// <see cref="Evaluation.DecayCalculator.Factor"/>: stepped <c>max(0, 1 - p·min(k, cap))</c>, linear
/// <c>clamp(1 - p·d/D, 0, 1)</c>, half-life <c>0.5^(d/D)</c>, with the same rate, cap, d and D, so that results agree
/// to the last bits. The event time is never after the as-of date here: later events are not visible at all.
/// </summary>
internal sealed class DecaySql
{
    /// <summary>The most half-lives the SQL computes: past it the factor is 0 for any purpose (see <see cref="Factor"/>).</summary>
    private const double MaxHalvings = 1000;

    private readonly SqlDialect _dialect;
    private readonly CalendarSql _calendar;
    private readonly SteppedDecayBoundaries? _boundaries;

    /// <summary>With <paramref name="boundaries"/>, <see cref="Points"/> writes stepped decay as comparisons with them.</summary>
    public DecaySql(SqlDialect dialect, CalendarSql calendar, SteppedDecayBoundaries? boundaries = null)
    {
        _dialect = dialect;
        _calendar = calendar;
        _boundaries = boundaries;
    }

    /// <summary>
    /// The points one event at <paramref name="eventTime"/> adds (<paramref name="points"/> times its factor, as
    /// <see cref="Evaluation.ReferenceEvaluator"/> multiplies them), with every value they can take when there are few
    /// (undecayed and stepped rules, for <see cref="OrderFreeSum"/>), else null. A stepped decay of at most
    /// <see cref="SteppedDecayBoundaries.MaxLevels"/> levels becomes a CASE over the boundaries (no calendar arithmetic
    /// per event) whose branches compute those values with the level as a constant, as the .NET engine computes them.
    /// </summary>
    public (string Sql, IReadOnlyList<double>? Values) Points(DecaySpec? decay, double points, string eventTime, string asOf)
    {
        var literal = _dialect.DoubleLiteral(points);
        var factor = Factor(decay, eventTime, asOf);
        if (factor is null)
        {
            return (literal, [points]);
        }

        var cap = decay!.Form == DecayForm.Stepped ? SteppedCap(decay) : 0;
        if (_boundaries is null || cap is < 1 or > SteppedDecayBoundaries.MaxLevels)
        {
            return ($"{literal} * {factor}", null);
        }

        var rate = decay.Percent / 100.0;
        var values = Enumerable.Range(0, cap + 1).Select(level => points * Math.Max(0.0, 1.0 - (rate * level))).ToList();
        var zones = Enumerable.Range(1, cap).Select(level => _boundaries.Zone(decay.Period, level, eventTime)).OfType<string>().ToList();
        var sql = new System.Text.StringBuilder("CASE");
        if (zones.Count > 0)
        {
            // Where the time of day decides (an as-of date on a month's last day), the exact count per event.
            sql.Append(" WHEN ").Append(string.Join(" OR ", zones.Select(z => $"({z})"))).Append(" THEN ").Append(literal).Append(" * ").Append(factor);
        }

        // The oldest level first: an event that reached level j also reached every lower one. Each value is the
        // factor's formula with the level as a constant, not a literal of the result: DuckDB reads a long decimal
        // literal through DECIMAL, which can round differently from the double .NET computes.
        var one = _dialect.DoubleLiteral(1.0);
        var zero = _dialect.DoubleLiteral(0.0);
        var rateLiteral = _dialect.DoubleLiteral(rate);
        for (var level = cap; level >= 1; level--)
        {
            var value = $"{literal} * {_dialect.Greatest(zero, $"{one} - {rateLiteral} * {level.ToString(CultureInfo.InvariantCulture)}")}";
            sql.Append(" WHEN ").Append(_boundaries.Reached(decay.Period, level, eventTime)).Append(" THEN ").Append(value);
        }

        sql.Append(" ELSE ").Append(literal).Append(" END");
        return (sql.ToString(), values);
    }

    /// <summary>The factor for an event at <paramref name="eventTime"/> seen at <paramref name="asOf"/>, or null when it is always 1.</summary>
    public string? Factor(DecaySpec? decay, string eventTime, string asOf)
    {
        if (decay is null || decay.Form == DecayForm.None || decay.Period.Amount <= 0)
        {
            return null;
        }

        var rate = decay.Percent / 100.0;
        var one = _dialect.DoubleLiteral(1.0);
        var zero = _dialect.DoubleLiteral(0.0);
        switch (decay.Form)
        {
            case DecayForm.Stepped:
                if (rate <= 0)
                {
                    return null;
                }

                var cap = SteppedCap(decay);
                var periods = _dialect.Least(_calendar.WholePeriods(decay.Period, eventTime, asOf), cap.ToString(CultureInfo.InvariantCulture));
                return _dialect.Greatest(zero, $"{one} - {_dialect.DoubleLiteral(rate)} * {periods}");
            case DecayForm.Linear:
                var linear = $"{one} - {_dialect.DoubleLiteral(rate)} * {Days(eventTime, asOf)} / {_calendar.FirstPeriodDays(decay.Period, eventTime)}";
                return _dialect.Least(one, _dialect.Greatest(zero, linear));
            case DecayForm.HalfLife:
                // PostgreSQL raises an error where the power underflows to 0 (from about 2^-1075); 0.5^1000 is below
                // 1e-301, as good as the 0 .NET computes there, so the exponent is capped at 1000 on every engine.
                var exponent = $"{_dialect.CastToDouble(Days(eventTime, asOf))} / {_calendar.FirstPeriodDays(decay.Period, eventTime)}";
                return _dialect.Power(_dialect.DoubleLiteral(0.5), _dialect.Least(exponent, _dialect.DoubleLiteral(MaxHalvings)));
            default:
                return null;
        }
    }

    /// <summary>
    /// The same cap as DecayCalculator (past it the factor is 0 either way, and capping keeps the rounding identical),
    /// for a stepped decay with a positive rate.
    /// </summary>
    private static int SteppedCap(DecaySpec decay) => (int)Math.Min(int.MaxValue - 1, Math.Ceiling(1.0 / (decay.Percent / 100.0)));

    private string Days(string eventTime, string asOf) => _calendar.ElapsedWholeDays(eventTime, asOf);
}
