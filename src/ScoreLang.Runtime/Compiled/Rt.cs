using System.ComponentModel;
using System.Runtime.CompilerServices;
using ScoreLang.Evaluation;
using ScoreLang.Semantics;

namespace ScoreLang.Runtime.Compiled;

/// <summary>
/// Small helpers the generated scorers call in their hot loops (public because the generated assembly is separate).
/// Each one mirrors a piece of the reference evaluator exactly.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class Rt
{
    /// <summary>Whether bit <paramref name="index"/> is set in a <see cref="Bitmap.Words"/> array.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Has(ulong[] words, int index) => (words[index >> 6] & (1UL << index)) != 0;

    /// <summary>
    /// The evaluation date moved back by a duration (a window start or a relative date boundary), as the evaluator's
    /// <c>DecayCalculator.TryAdd(duration, asOf, -1)</c>; <see cref="long.MinValue"/> when that falls before the
    /// calendar's start (every date is then inside the window and none is earlier).
    /// </summary>
    public static long ShiftBack(long asOfTicks, int amount, DurationUnit unit) =>
        DecayCalculator.TryAdd(new Duration(amount, unit), new DateTime(asOfTicks, DateTimeKind.Utc), -1) is { } start
            ? start.Ticks
            : long.MinValue;

    /// <summary><c>days since d</c>: whole days from <paramref name="fromTicks"/> to the evaluation date (S11).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double WholeDays(long fromTicks, long asOfTicks) => Math.Floor(new TimeSpan(asOfTicks - fromTicks).TotalDays);

    /// <summary>
    /// The first index in [<paramref name="from"/>, <paramref name="to"/>) whose time is at or after
    /// <paramref name="horizon"/> (<paramref name="to"/> when none is): a record's events are in time order, so the
    /// events a decay has brought to 0 (<see cref="Decay.ZeroBefore"/>) are skipped with a binary search.
    /// </summary>
    public static int SkipBefore(long[] ticks, int from, int to, long horizon)
    {
        if (from >= to || ticks[from] >= horizon)
        {
            return from;
        }

        var low = from + 1;
        var high = to;
        while (low < high)
        {
            var middle = (int)((uint)(low + high) >> 1);
            if (ticks[middle] < horizon)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>Appends one (time, points) term to a scratch buffer that grows by doubling (once per range, not per record).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Append(ref long[] ticks, ref double[] values, ref int count, long time, double value)
    {
        if (count == ticks.Length)
        {
            Array.Resize(ref ticks, Math.Max(16, ticks.Length * 2));
            Array.Resize(ref values, ticks.Length);
        }

        ticks[count] = time;
        values[count] = value;
        count++;
    }

    /// <summary>
    /// The sum of terms in time order, as the evaluator adds the occurrences of a company's contacts (S2): it merges
    /// every contact's events and adds them oldest first. Terms with equal times are equal, so ties need no order.
    /// </summary>
    public static double SumInTimeOrder(long[] ticks, double[] values, int count)
    {
        for (var i = 1; i < count; i++)
        {
            if (ticks[i] < ticks[i - 1])
            {
                ticks.AsSpan(0, count).Sort(values.AsSpan(0, count));
                break;
            }
        }

        var sum = 0.0;
        for (var i = 0; i < count; i++)
        {
            sum += values[i];
        }

        return sum;
    }
}
