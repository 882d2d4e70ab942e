namespace ScoreLang.Data.Reading;

/// <summary>
/// The one rule for a CSV file's delimiter when the manifest gives none, used by ScoreLang's reader and by DuckDB's
/// direct read alike so that both split a file the same way: of ',', ';', tab and '|', the one that occurs most often
/// in the header record outside double quotes; ',' when none occurs. Two candidates occurring equally often are
/// <see cref="Detection.IsAmbiguous"/>: the reader then takes the earlier one in that order, and the direct read
/// declines the file (the run goes back to the reader) rather than guess.
/// </summary>
internal static class CsvDelimiter
{
    /// <summary>The candidates, in the order that breaks a tie.</summary>
    public static IReadOnlyList<char> Candidates { get; } = [',', ';', '\t', '|'];

    /// <summary>How far into a file the header may reach; a longer header is counted over this much.</summary>
    private const int MaxHeaderChars = 1 << 16;

    /// <summary>The delimiter, and the runner-up when it occurs as often (a tie the file does not settle).</summary>
    public readonly record struct Detection(char Delimiter, char? TiedWith)
    {
        public bool IsAmbiguous => TiedWith is not null;
    }

    /// <summary>Detects the delimiter from the header record at the start of <paramref name="reader"/> (it reads that record).</summary>
    public static Detection Detect(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var counts = new int[Candidates.Count];
        var quoted = false;
        for (var read = 0; read < MaxHeaderChars; read++)
        {
            var next = reader.Read();
            if (next < 0 || (!quoted && next is '\n' or '\r'))
            {
                break;
            }

            if (next == '"')
            {
                // A doubled quote inside a quoted cell toggles twice: the state comes out right without looking ahead.
                quoted = !quoted;
            }
            else if (!quoted)
            {
                var index = IndexOf((char)next);
                if (index >= 0)
                {
                    counts[index]++;
                }
            }
        }

        return Choose(counts);
    }

    /// <summary>Detects the delimiter of a header line.</summary>
    public static Detection Detect(string header)
    {
        using var reader = new StringReader(header);
        return Detect(reader);
    }

    /// <summary>Detects the delimiter of the CSV file at <paramref name="path"/> from its header record.</summary>
    public static Detection DetectInFile(string path)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Detect(reader);
    }

    private static Detection Choose(int[] counts)
    {
        var best = 0;
        for (var i = 1; i < counts.Length; i++)
        {
            if (counts[i] > counts[best])
            {
                best = i;
            }
        }

        if (counts[best] == 0)
        {
            return new Detection(',', null);
        }

        for (var i = 0; i < counts.Length; i++)
        {
            if (i != best && counts[i] == counts[best])
            {
                return new Detection(Candidates[best], Candidates[i]);
            }
        }

        return new Detection(Candidates[best], null);
    }

    private static int IndexOf(char c)
    {
        for (var i = 0; i < Candidates.Count; i++)
        {
            if (Candidates[i] == c)
            {
                return i;
            }
        }

        return -1;
    }
}
