using ScoreLang.Evaluation;
using ScoreLang.Semantics;
using ScoreLang.Syntax;

namespace ScoreLang.Runtime.Compiled;

/// <summary>
/// One decay schedule at one evaluation date (S17-S19), built once per range of records and asked for the factor of
/// each event occurrence. It computes exactly what <see cref="DecayCalculator.Factor"/> computes, with the same double
/// operations in the same order, but without the evaluator's binary search: whole periods come from integer tick or
/// month arithmetic. Calendar months are not shifted back from the evaluation date (31 January + 1 month is
/// 28 February, but 28 February - 1 month is 28 January): k is, as in the evaluator, the largest k with
/// event + k periods &lt;= as-of.
/// </summary>
public readonly struct Decay
{
    private readonly DecayForm _form;
    private readonly double _rate;
    private readonly int _cap;
    private readonly bool _identity;
    private readonly long _asOf;
    private readonly DateTime _asOfTime;
    private readonly long _asOfMonthIndex;
    private readonly long _periodDaysOrMonths;
    private readonly bool _calendar;
    private readonly Duration _period;

    public Decay(DecayForm form, double percent, int amount, DurationUnit unit, long asOfTicks)
    {
        _form = form;
        _rate = percent / 100.0;
        _period = new Duration(amount, unit);
        _asOf = asOfTicks;
        _asOfTime = new DateTime(asOfTicks, DateTimeKind.Utc);
        _asOfMonthIndex = (_asOfTime.Year * 12L) + _asOfTime.Month;
        _calendar = unit is DurationUnit.Month or DurationUnit.Year;
        _periodDaysOrMonths = unit switch
        {
            DurationUnit.Day => amount,
            DurationUnit.Week => amount * 7L,
            DurationUnit.Month => amount,
            _ => amount * 12L,
        };
        _identity = form is not (DecayForm.Stepped or DecayForm.Linear or DecayForm.HalfLife)
            || amount <= 0
            || (form == DecayForm.Stepped && _rate <= 0);
        _cap = form == DecayForm.Stepped && _rate > 0 ? (int)Math.Min(int.MaxValue - 1, Math.Ceiling(1.0 / _rate)) : 0;
    }

    /// <summary>The factor for an event at <paramref name="eventTicks"/>, in [0, 1]; 1 for events not older than the evaluation date.</summary>
    public double Factor(long eventTicks)
    {
        if (_identity || eventTicks >= _asOf)
        {
            return 1.0;
        }

        return _form switch
        {
            DecayForm.Stepped => Math.Max(0.0, 1.0 - (_rate * WholePeriods(eventTicks))),
            DecayForm.Linear => Math.Clamp(1.0 - (_rate * WholeDays(eventTicks) / FirstPeriodDays(eventTicks)), 0.0, 1.0),
            _ => Math.Pow(0.5, WholeDays(eventTicks) / FirstPeriodDays(eventTicks)),
        };
    }

    /// <summary>The largest k in [0, cap] with event + k periods &lt;= as-of (the evaluator's definition).</summary>
    internal int WholePeriods(long eventTicks)
    {
        long k;
        if (!_calendar)
        {
            // event + k·P days <= asOf  <=>  k·P <= floor((asOf - event) / day).
            k = (_asOf - eventTicks) / TimeSpan.TicksPerDay / _periodDaysOrMonths;
        }
        else
        {
            // Adding n months lands in the n-th month after the event's: any n that lands before the evaluation date's
            // month is reached; the one that lands in that month must be compared exactly (day clamping, time of day).
            var time = new DateTime(eventTicks, DateTimeKind.Utc);
            var months = _asOfMonthIndex - ((time.Year * 12L) + time.Month);
            k = months / _periodDaysOrMonths;
            if (k > 0 && k * _periodDaysOrMonths == months && time.AddMonths((int)months) > _asOfTime)
            {
                k--;
            }
        }

        return (int)Math.Min(k, _cap);
    }

    private double WholeDays(long eventTicks) => DecayCalculator.WholeDays(new DateTime(eventTicks, DateTimeKind.Utc), _asOfTime);

    /// <summary>D of the linear and half-life forms, as the evaluator computes it.</summary>
    private double FirstPeriodDays(long eventTicks)
    {
        var time = new DateTime(eventTicks, DateTimeKind.Utc);
        var end = DecayCalculator.TryAdd(_period, time, 1);
        var days = end is not null
            ? (end.Value - time).TotalDays
            : (time - (DecayCalculator.TryAdd(_period, time, -1) ?? DateTime.MinValue)).TotalDays;
        return Math.Max(1.0, Math.Round(days));
    }
}
