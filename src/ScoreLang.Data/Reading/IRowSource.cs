namespace ScoreLang.Data.Reading;

/// <summary>What a cell holds, as its file format typed it (CSV cells are all text).</summary>
internal enum CellKind
{
    /// <summary>No value: an empty or blank cell, a JSON null or missing field, a Parquet null, or a column not in the file.</summary>
    Empty,
    Text,
    Number,
    Bool,
    /// <summary>A typed timestamp or date (Parquet).</summary>
    DateTime,
    /// <summary>A value no property can hold (a JSON object or array, a Parquet binary or nested column).</summary>
    Unsupported,
}

/// <summary>
/// One data file read row by row, format-independently, so that the record, event and list loaders are written once.
/// The caller <see cref="Select"/>s the columns it needs by name (each becomes a slot) and then reads rows; only the
/// selected columns are decoded. Cells are read through the slot accessors and are valid until the next
/// <see cref="Read"/>; text is returned as spans so that reading a row allocates nothing.
/// </summary>
internal interface IRowSource : IDisposable
{
    string Path { get; }

    DataFormat Format { get; }

    /// <summary>True when <see cref="Line"/> counts rows (Parquet) rather than text lines.</summary>
    bool NumbersRows { get; }

    /// <summary>The file's columns when it declares them up front (a CSV header, a Parquet schema); null for JSON Lines.</summary>
    IReadOnlyList<string>? ColumnNames { get; }

    /// <summary>Chooses the columns to read; slot i is <paramref name="columns"/>[i]. Call once, before <see cref="Read"/>.</summary>
    void Select(IReadOnlyList<string> columns);

    /// <summary>Moves to the next data row (blank lines are skipped); false at the end of the file.</summary>
    bool Read();

    /// <summary>The 1-based line (or row, see <see cref="NumbersRows"/>) of the current row.</summary>
    long Line { get; }

    /// <summary>Why the current row could not be parsed at all (its cells are then all empty), or null.</summary>
    string? RowError { get; }

    CellKind KindOf(int slot);

    /// <summary>The cell as text, trimmed: the text itself, or how a number, bool or date is written in the file.</summary>
    ReadOnlySpan<char> TextOf(int slot);

    double NumberOf(int slot);

    bool BoolOf(int slot);

    /// <summary>A typed timestamp as UTC ticks (dates at midnight).</summary>
    long TicksOf(int slot);

    /// <summary>What an unsupported or mistyped cell is, for messages ("a JSON array", "a Parquet Int96 column").</summary>
    string DescribeCell(int slot);

    /// <summary>Opens a data file by its format.</summary>
    static IRowSource Open(string path, DataFormat format, char? delimiter = null) => format switch
    {
        DataFormat.Csv => new CsvRowSource(path, delimiter),
        DataFormat.JsonLines => new JsonLinesRowSource(path),
        _ => new ParquetRowSource(path),
    };
}
