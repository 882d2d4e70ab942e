namespace ScoreLang.Runtime.Columns;

/// <summary>
/// The dictionary encoding of a string column: <see cref="Values"/> holds the distinct values (entry 0 is the unknown
/// value, null) and <see cref="Codes"/> each row's index into it. Encoding also makes equal values share one string
/// instance, so a column read from a file keeps each distinct text once.
/// </summary>
internal sealed class StringDictionary
{
    /// <summary>
    /// Above this many distinct values a column is not encoded: a condition would then be decided for nearly as many
    /// values as rows, and the tables would cost memory for nothing.
    /// </summary>
    internal const int MaxEntries = 65_536;

    private StringDictionary(int[] codes, string?[] values)
    {
        Codes = codes;
        Values = values;
    }

    public int[] Codes { get; }

    public string?[] Values { get; }

    /// <summary>
    /// Encodes <paramref name="column"/> in place of its duplicate instances (equal values become one instance), or
    /// returns null (and leaves the column as it is) when it has more than <paramref name="maxEntries"/> distinct values.
    /// </summary>
    public static StringDictionary? TryEncode(string?[] column, int maxEntries = MaxEntries)
    {
        var codes = new int[column.Length];
        var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
        var values = new List<string?> { null };
        for (var row = 0; row < column.Length; row++)
        {
            if (column[row] is not { } value)
            {
                continue; // code 0: unknown
            }

            if (!indexes.TryGetValue(value, out var code))
            {
                if (values.Count > maxEntries)
                {
                    return null;
                }

                code = values.Count;
                indexes.Add(value, code);
                values.Add(value);
            }

            codes[row] = code;
        }

        for (var row = 0; row < column.Length; row++)
        {
            column[row] = values[codes[row]];
        }

        return new StringDictionary(codes, [.. values]);
    }
}
