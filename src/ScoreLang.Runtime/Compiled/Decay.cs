using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
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
/// Per event it is cheaper still (issue 5, docs/performance.md): a stepped schedule in months or years of at most 16
/// steps keeps, for each k, the month an event must be in or before, so an event costs a few integer comparisons; linear and half-life schedules in days or weeks read their factor from a table per whole
/// day, shared by every range, instead of calling <see cref="Math.Pow"/> and the calendar per event.
/// </summary>
public readonly struct Decay
{
    // Stepped schedules in months or years with at most this many steps before 0 get a table of month windows (a few
    // comparisons per event instead of calendar arithmetic); longer ones (a small percentage) keep the direct computation.
    private const int MaxTableSteps = 16;

    // Linear and half-life factors per whole day, for day and week periods (D is then the same for every event):
    // they depend on the rate and D only, so one table per schedule serves every range and evaluation date.
    private const int TableDays = 4096;
    private static readonly ConcurrentDictionary<(DecayForm Form, double Rate, double Days), double[]> DayTables = new();

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
    private readonly long[]? _windowStarts;
    private readonly long[]? _windowEnds;
    private readonly long _asOfIntoMonth;
    private readonly long _asOfMonthLength;
    private readonly double[]? _stepFactors;
    private readonly double[]? _dayFactors;
    private readonly double _fixedPeriodDays;
    private readonly long _zeroBefore = long.MinValue;

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
        if (_identity)
        {
            return;
        }

        if (form == DecayForm.Stepped && _calendar && _cap <= MaxTableSteps)
        {
            var monthStart = new DateTime(_asOfTime.Year, _asOfTime.Month, 1, 0, 0, 0, DateTimeKind.Utc);
            _asOfIntoMonth = asOfTicks - monthStart.Ticks;
            _asOfMonthLength = DateTime.DaysInMonth(_asOfTime.Year, _asOfTime.Month) * TimeSpan.TicksPerDay;
            (_windowStarts, _windowEnds, _stepFactors) = StepTable();
            if (_stepFactors[_cap] == 0.0)
            {
                // Before the oldest window every step has been taken (k = cap): the factor is that of cap steps.
                _zeroBefore = _windowStarts[_cap - 1];
            }
        }
        else if (form == DecayForm.Stepped && !_calendar && Math.Max(0.0, 1.0 - (_rate * _cap)) == 0.0)
        {
            // k = floor(floor((asOf - event) / day) / P) reaches cap exactly when asOf - event >= cap·P days.
            var span = (decimal)_cap * _periodDaysOrMonths * TimeSpan.TicksPerDay;
            if (span <= asOfTicks)
            {
                _zeroBefore = asOfTicks - (long)span + 1;
            }
        }
        else if (form is DecayForm.Linear or DecayForm.HalfLife && !_calendar && _periodDaysOrMonths <= 1_000_000)
        {
            // D = the days of the first period after the event: for days and weeks that is the period itself (the
            // evaluator's calendar fallback applies only to periods of more than half the calendar).
            _fixedPeriodDays = Math.Max(1.0, Math.Round((double)_periodDaysOrMonths));
            var key = (form, _rate, _fixedPeriodDays);
            _dayFactors = DayTables.GetOrAdd(key, static k => DayTable(k.Form, k.Rate, k.Days));
        }
    }

    /// <summary>
    /// Events before this instant have a factor of 0 (a stepped schedule has taken all its steps), or
    /// <see cref="long.MinValue"/> when there is no such instant. A loop over a record's time-ordered events whose every
    /// rule decays this way can start at the first event from this instant on (<see cref="Rt.SkipBefore"/>): each
    /// skipped event would have added exactly 0.
    /// </summary>
    public long ZeroBefore => _zeroBefore;

    /// <summary>The factor for an event at <paramref name="eventTicks"/>, in [0, 1]; 1 for events not older than the evaluation date.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Factor(long eventTicks)
    {
        // The common cases are inlined into the generated loops; the rest is one call away.
        if (_identity || eventTicks >= _asOf)
        {
            return 1.0;
        }

        if (eventTicks < _zeroBefore)
        {
            return 0.0;
        }

        if (_windowStarts is { } starts)
        {
            var k = 0;
            while (k < starts.Length && Reaches(eventTicks, k))
            {
                k++;
            }

            return _stepFactors![k];
        }

        if (_dayFactors is { } table)
        {
            // Below TableDays days the integer quotient equals the floor of the double one (the doubles there are
            // closer together than a tick over a day), so this is WholeDays exactly.
            var days = (_asOf - eventTicks) / TimeSpan.TicksPerDay;
            if (days < table.Length)
            {
                return table[days];
            }
        }

        return SlowFactor(eventTicks);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private double SlowFactor(long eventTicks)
    {
        if (_dayFactors is not null)
        {
            var days = WholeDays(eventTicks);
            return _form == DecayForm.Linear
                ? Math.Clamp(1.0 - (_rate * days / _fixedPeriodDays), 0.0, 1.0)
                : Math.Pow(0.5, days / _fixedPeriodDays);
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

    /// <summary>
    /// Whether event + (i + 1) periods is not after the evaluation date, without calendar arithmetic. Adding n months
    /// lands in the n-th month after the event's, so an event before window i (the month n months before the
    /// evaluation date's) gets there, one after it does not, and one inside it lands in the evaluation date's month on
    /// the same day (clamped to that month's last day) at the same time of day. Clamping makes the answer depend on
    /// the time of day, not only on the order of events (28 January 11:00 + 1 month is later than 29 January 09:00 + 1
    /// month), which is why this is not a single boundary per k.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Reaches(long eventTicks, int i)
    {
        if (eventTicks < _windowStarts![i])
        {
            return true;
        }

        if (eventTicks >= _windowEnds![i])
        {
            return false;
        }

        var into = eventTicks - _windowStarts[i];
        return into <= _asOfIntoMonth
            || (into >= _asOfMonthLength && into % TimeSpan.TicksPerDay <= _asOfIntoMonth - (_asOfMonthLength - TimeSpan.TicksPerDay));
    }

    /// <summary>
    /// For k = 1..cap, the month k periods before the evaluation date's month as [start, end) ticks (both
    /// <see cref="long.MinValue"/> before the calendar's start: no event gets k periods then), and the factor of each k,
    /// computed as <see cref="Factor"/> computes it.
    /// </summary>
    private (long[] Starts, long[] Ends, double[] Factors) StepTable()
    {
        var starts = new long[_cap];
        var ends = new long[_cap];
        var factors = new double[_cap + 1];
        for (var k = 0; k <= _cap; k++)
        {
            factors[k] = Math.Max(0.0, 1.0 - (_rate * k));
        }

        var asOfMonth = ((_asOfTime.Year - 1) * 12L) + (_asOfTime.Month - 1);
        for (var k = 1; k <= _cap; k++)
        {
            var month = asOfMonth - (k * _periodDaysOrMonths);
            if (month < 0)
            {
                starts[k - 1] = ends[k - 1] = long.MinValue;
                continue;
            }

            var start = new DateTime((int)(month / 12) + 1, (int)(month % 12) + 1, 1, 0, 0, 0, DateTimeKind.Utc);
            starts[k - 1] = start.Ticks;
            ends[k - 1] = start.AddMonths(1).Ticks;
        }

        return (starts, ends, factors);
    }

    private static double[] DayTable(DecayForm form, double rate, double periodDays)
    {
        var table = new double[TableDays];
        for (var d = 0; d < TableDays; d++)
        {
            double days = d;
            table[d] = form == DecayForm.Linear
                ? Math.Clamp(1.0 - (rate * days / periodDays), 0.0, 1.0)
                : Math.Pow(0.5, days / periodDays);
        }

        return table;
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
