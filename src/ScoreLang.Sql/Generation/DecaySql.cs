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

    public DecaySql(SqlDialect dialect, CalendarSql calendar)
    {
        _dialect = dialect;
        _calendar = calendar;
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

                // The same cap as DecayCalculator: past it the factor is 0 either way, and capping keeps the rounding identical.
                var cap = (int)Math.Min(int.MaxValue - 1, Math.Ceiling(1.0 / rate));
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

    private string Days(string eventTime, string asOf) => _calendar.ElapsedWholeDays(eventTime, asOf);
}
