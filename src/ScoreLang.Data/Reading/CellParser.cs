using System.Collections.Immutable;
using System.Globalization;

namespace ScoreLang.Data.Reading;

/// <summary>
/// Parses the text of one cell as the value types of docs/data-format.md ("Values"): numbers with '.', bools
/// (true/false, yes/no, 1/0), ISO 8601 dates and date-times (UTC when no offset is written) and enum members (ignoring
/// case). Works on spans so that a cell is never turned into a string just to be parsed.
/// </summary>
internal static class CellParser
{
    private static readonly string[] DateTimeFormats =
    [
        "yyyy-MM-dd",
        "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mmK",
        "yyyy-MM-dd HH:mm:ssK",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
    ];

    /// <summary>A finite number written with '.' as the decimal separator (NaN and infinities are not data).</summary>
    public static bool TryParseNumber(ReadOnlySpan<char> text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    public static bool TryParseBool(ReadOnlySpan<char> text, out bool value)
    {
        text = text.Trim();
        if (text.Equals("true", StringComparison.OrdinalIgnoreCase) || text.Equals("yes", StringComparison.OrdinalIgnoreCase) || text is "1")
        {
            value = true;
            return true;
        }

        value = false;
        return text.Equals("false", StringComparison.OrdinalIgnoreCase) || text.Equals("no", StringComparison.OrdinalIgnoreCase) || text is "0";
    }

    /// <summary>
    /// UTC ticks of a date or date-time. For a <paramref name="dateOnly"/> property the calendar date as written is kept
    /// (midnight UTC), also when a time is given.
    /// </summary>
    public static bool TryParseTicks(ReadOnlySpan<char> text, bool dateOnly, out long ticks)
    {
        text = text.Trim();
        if (TryParseCommonShape(text, out var fast))
        {
            ticks = dateOnly ? fast.Date.Ticks : fast.Ticks;
            return true;
        }

        if (DateTimeOffset.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            ticks = dateOnly ? parsed.Date.Ticks : parsed.UtcTicks;
            return true;
        }

        ticks = 0;
        return false;
    }

    /// <summary>The member's index: an exact match first, else one ignoring case; -1 when it is not a member.</summary>
    public static int MatchEnum(ImmutableArray<string> members, ReadOnlySpan<char> text)
    {
        text = text.Trim();
        for (var i = 0; i < members.Length; i++)
        {
            if (text.SequenceEqual(members[i]))
            {
                return i;
            }
        }

        for (var i = 0; i < members.Length; i++)
        {
            if (text.Equals(members[i], StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The shapes exports write almost always, parsed digit by digit (a general parse per event of tens of millions of
    /// events is measurable): <c>yyyy-MM-dd</c>, <c>yyyy-MM-ddTHH:mm:ss</c> and the same with a trailing <c>Z</c>.
    /// </summary>
    private static bool TryParseCommonShape(ReadOnlySpan<char> text, out DateTime utc)
    {
        utc = default;
        var length = text.Length;
        if (length != 10 && length != 19 && !(length == 20 && text[19] == 'Z'))
        {
            return false;
        }

        if (text[4] != '-' || text[7] != '-'
            || !TryDigits(text[..4], out var year) || !TryDigits(text.Slice(5, 2), out var month) || !TryDigits(text.Slice(8, 2), out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        if (length == 10)
        {
            utc = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Utc);
            return true;
        }

        if (text[10] is not ('T' or ' ') || text[13] != ':' || text[16] != ':'
            || !TryDigits(text.Slice(11, 2), out var hour) || !TryDigits(text.Slice(14, 2), out var minute) || !TryDigits(text.Slice(17, 2), out var second)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        utc = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
