namespace ScoreLang.Sql.Generation;

/// <summary>
/// Whether a plain <c>SUM</c> of a rule's per-event points is, to the last bit, the sum the .NET engine adds up in
/// event-time order (S17). The engines add in whatever order their scan, hash tables and threads produce, and may
/// combine partial sums of different threads; with arbitrary doubles that changes the last bits, which is why decayed
/// points are summed with <see cref="SqlDialect.OrderedSum"/>, an ordered aggregate that costs a sort per record.
/// <para>
/// The sum is order-free when every addition is exact. If every value an event can add is a whole multiple of 2^-q
/// and no more than M in size, any partial sum of at most N events (in any order, grouped in any way) is a whole
/// multiple of 2^-q no larger than N·M; when N·M·2^q &lt;= 2^53 every such number is a double, so no addition
/// rounds and every order gives the exact sum. N is taken as 2^32 matching events of one rule for one record, so the
/// values qualify when M·2^q &lt;= 2^21: whole points up to about two million, and the halves and quarters of the
/// usual stepped decays (50%, 25%, 100% every period). 0.1 points, 10% steps and continuous decay do not qualify.
/// </para>
/// </summary>
internal static class OrderFreeSum
{
    /// <summary>The matching events of one rule for one record the argument covers: 2^32.</summary>
    private const int EventCountBits = 32;

    /// <summary>The significand bits of a double.</summary>
    private const int SignificandBits = 53;

    /// <summary>Beyond this many bits after the binary point a value is treated as not a short binary fraction.</summary>
    private const int MaxFractionBits = 64;

    /// <summary>True when adding any number (up to 2^32) of <paramref name="values"/> in any order gives the same double.</summary>
    public static bool Holds(IEnumerable<double> values)
    {
        var fractionBits = 0;
        var largest = 0.0;
        foreach (var value in values)
        {
            if (!double.IsFinite(value) || FractionBits(value) is not { } bits)
            {
                return false;
            }

            fractionBits = Math.Max(fractionBits, bits);
            largest = Math.Max(largest, Math.Abs(value));
        }

        // M·2^q <= 2^(53 - 32), computed exactly: scaling by a power of two never rounds.
        return Math.ScaleB(largest, fractionBits) <= Math.ScaleB(1.0, SignificandBits - EventCountBits);
    }

    /// <summary>The least q with value·2^q a whole number, or null past <see cref="MaxFractionBits"/>.</summary>
    private static int? FractionBits(double value)
    {
        var bits = 0;
        while (value != Math.Floor(value))
        {
            if (++bits > MaxFractionBits)
            {
                return null;
            }

            value *= 2;
        }

        return bits;
    }
}
