using ScoreLang.Semantics;
using ScoreLang.Syntax;

namespace ScoreLang.Evaluation;

/// <summary>
/// The decay arithmetic of S17-S19, in one place so the compiled runtime can call it (or mirror it exactly).
/// The factor multiplies a rule's original points for one event occurrence; it is always in [0, 1] and never
/// rises as the event gets older. Dates near the ends of the calendar never throw: a date that would fall past
/// <see cref="DateTime.MaxValue"/> is simply "not reached yet".
/// </summary>
public static class DecayCalculator
{
    /// <summary>
    /// The factor for an event at <paramref name="eventTime"/> evaluated at <paramref name="asOf"/> (see
    /// <see cref="DecaySpec"/>): stepped <c>max(0, 1 - p·k)</c>, linear <c>max(0, 1 - p·d/D)</c>, half-life
    /// <c>0.5^(d/D)</c>. A null spec, <see cref="DecayForm.None"/>, a non-positive period or an event not older than
    /// the evaluation date give 1.
    /// </summary>
    public static double Factor(DecaySpec? decay, DateTime eventTime, DateTime asOf)
    {
        if (decay is null || decay.Form == DecayForm.None || decay.Period.Amount <= 0 || eventTime >= asOf)
        {
            return 1.0;
        }

        var rate = decay.Percent / 100.0;
        switch (decay.Form)
        {
            case DecayForm.Stepped:
                if (rate <= 0)
                {
                    return 1.0;
                }

                // Beyond this many periods the factor is 0 anyway: no need to count further.
                var cap = (int)Math.Min(int.MaxValue - 1, Math.Ceiling(1.0 / rate));
                return Math.Max(0.0, 1.0 - (rate * WholePeriods(decay.Period, eventTime, asOf, cap)));
            case DecayForm.Linear:
                return Math.Clamp(1.0 - (rate * WholeDays(eventTime, asOf) / FirstPeriodDays(decay.Period, eventTime)), 0.0, 1.0);
            case DecayForm.HalfLife:
                return Math.Pow(0.5, WholeDays(eventTime, asOf) / FirstPeriodDays(decay.Period, eventTime));
            default:
                return 1.0;
        }
    }

    /// <summary>Whole days from <paramref name="from"/> to <paramref name="to"/>: floor of the exact difference.</summary>
    public static double WholeDays(DateTime from, DateTime to) => Math.Floor((to - from).TotalDays);

    /// <summary>
    /// The largest k in [0, <paramref name="cap"/>] with <c>period.AddTo(from, k) &lt;= to</c>. Adding k periods is
    /// monotonic in k, so a binary search finds it without ever stepping past the calendar's end.
    /// </summary>
    public static int WholePeriods(Duration period, DateTime from, DateTime to, int cap)
    {
        int low = 0, high = Math.Max(0, cap);
        while (low < high)
        {
            var middle = low + ((high - low + 1) / 2);
            var reached = TryAdd(period, from, middle);
            if (reached is not null && reached.Value <= to)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }

    /// <summary>
    /// <paramref name="time"/> moved by <paramref name="times"/> periods exactly as <see cref="Duration.AddTo"/> does
    /// (calendar months and years), or null when the result would leave the range of <see cref="DateTime"/>.
    /// </summary>
    public static DateTime? TryAdd(Duration period, DateTime time, long times)
    {
        var amount = (long)period.Amount * times;
        switch (period.Unit)
        {
            case DurationUnit.Day:
            case DurationUnit.Week:
                var days = period.Unit == DurationUnit.Week ? amount * 7 : amount;
                var maxDays = (DateTime.MaxValue.Ticks - time.Ticks) / TimeSpan.TicksPerDay;
                var minDays = -(time.Ticks / TimeSpan.TicksPerDay);
                return days > maxDays || days < minDays ? null : time.AddTicks(days * TimeSpan.TicksPerDay);
            default:
                var months = period.Unit == DurationUnit.Year ? amount * 12 : amount;
                var monthIndex = ((time.Year - 1) * 12L) + (time.Month - 1) + months;
                return monthIndex < 0 || monthIndex >= 9999 * 12L ? null : time.AddMonths((int)months);
        }
    }

    /// <summary>D of the linear and half-life forms: the number of days in the first period after the event.</summary>
    private static double FirstPeriodDays(Duration period, DateTime eventTime)
    {
        // Near the calendar's end the first period after the event cannot be formed; the one before it can.
        var end = TryAdd(period, eventTime, 1);
        var days = end is not null
            ? (end.Value - eventTime).TotalDays
            : (eventTime - (TryAdd(period, eventTime, -1) ?? DateTime.MinValue)).TotalDays;
        return Math.Max(1.0, Math.Round(days));
    }
}
