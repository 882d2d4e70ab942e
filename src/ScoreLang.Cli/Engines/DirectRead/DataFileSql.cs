using System.Data.Common;
using System.Globalization;
using System.Text;
using ScoreLang.Data;
using ScoreLang.Data.Manifest;
using ScoreLang.Data.Reading;
using ScoreLang.Semantics;
using ValueType = ScoreLang.Semantics.ValueType;

namespace ScoreLang.Cli.Engines.DirectRead;

/// <summary>
/// One data file as DuckDB reads it: the <c>read_csv</c> / <c>read_parquet</c> call, and for each schema name (through
/// the manifest's column and value mapping) the SQL of its cell converted as ScoreLang's reader converts it. CSV is read
/// with every column as text and the header taken from the file the way the reader takes it; Parquet columns keep their
/// types where the reader's conversion of that type is plain (numbers, bools, dates, timestamps without time zone).
/// Anything else is a <see cref="DirectReadUnavailableException"/>: the run goes back to ScoreLang's reader.
/// </summary>
internal sealed class DataFileSql
{
    private readonly FileSpec _spec;
    private readonly IReadOnlyList<string> _columns;
    private readonly IReadOnlyList<string> _types;

    private DataFileSql(FileSpec spec, string source, IReadOnlyList<string> columns, IReadOnlyList<string> types)
    {
        _spec = spec;
        Source = source;
        _columns = columns;
        _types = types;
    }

    /// <summary>The table function that reads the file, in file order.</summary>
    public string Source { get; }

    public string Path => _spec.Path;

    public static DataFileSql Open(FileSpec spec, DbConnection connection)
    {
        if (spec.Path.IndexOfAny(['*', '?', '[', '{']) >= 0)
        {
            throw new DirectReadUnavailableException($"{spec.Path}: DuckDB would read the name as a pattern of files");
        }

        switch (spec.Format)
        {
            case DataFormat.Csv:
                var (header, separator) = CsvHeader(spec);
                var columns = string.Join(", ", header.Select((_, i) => string.Create(CultureInfo.InvariantCulture, $"'c{i}': 'VARCHAR'")));
                var delimiter = CellSql.Literal(separator.ToString(CultureInfo.InvariantCulture));
                var source = $"read_csv({CellSql.Literal(spec.Path)}, header = false, skip = 1, auto_detect = false, columns = {{{columns}}}, "
                    + $"delim = {delimiter}, quote = '\"', escape = '\"', null_padding = true, max_line_size = 16777216)";
                return new DataFileSql(spec, source, [.. header.Select(h => h.Trim())], [.. header.Select(_ => "VARCHAR")]);
            case DataFormat.Parquet:
                var parquet = $"read_parquet({CellSql.Literal(spec.Path)})";
                var (names, types) = Describe(connection, parquet);
                return new DataFileSql(spec, parquet, names, types);
            default:
                throw new DirectReadUnavailableException($"{spec.Path}: JSON Lines files are read by ScoreLang's reader (DuckDB's read_json types the cells differently)");
        }
    }

    /// <summary>Whether the file has the column of a schema name (it must when required or mapped explicitly).</summary>
    public bool Has(string schemaName) => Ordinal(schemaName) >= 0;

    /// <summary>Whether the manifest named the column explicitly.</summary>
    public bool IsMapped(string schemaName) => _spec.IsMapped(schemaName);

    /// <summary>The mapped text of a schema name's cell (NULL: unknown), as the reader's TryGetText gives it.</summary>
    public string Text(string schemaName)
    {
        var ordinal = Ordinal(schemaName);
        if (ordinal < 0)
        {
            return "CAST(NULL AS VARCHAR)";
        }

        if (_types[ordinal] != "VARCHAR")
        {
            throw new DirectReadUnavailableException($"{Path}: column '{_columns[ordinal]}' is a Parquet {_types[ordinal]}, read as text by ScoreLang's reader");
        }

        return CellSql.Mapped(CellSql.Cell(Raw(ordinal)), _spec.ValuesOf(schemaName)?.Entries);
    }

    /// <summary>The value a schema name's cell gives a property or attribute of <paramref name="type"/> (NULL: unknown or bad).</summary>
    public string Value(string schemaName, ValueType type)
    {
        var ordinal = Ordinal(schemaName);
        if (ordinal < 0 || _types[ordinal] == "VARCHAR")
        {
            return CellSql.Convert(Text(schemaName), type);
        }

        if (_spec.ValuesOf(schemaName) is not null)
        {
            throw new DirectReadUnavailableException($"{Path}: the manifest maps the values of the Parquet {_types[ordinal]} column '{_columns[ordinal]}'");
        }

        var raw = Raw(ordinal);
        var typeName = _types[ordinal];
        var isNumber = typeName is "DOUBLE" or "FLOAT" or "BIGINT" or "INTEGER" or "SMALLINT" or "TINYINT";

        // Timestamps with a time zone are instants: cast to TIMESTAMP in the session's time zone, which is UTC (TimeZone).
        var isTime = typeName is "DATE" or "TIMESTAMP" or "TIMESTAMP_MS" or "TIMESTAMP_S" or "TIMESTAMP WITH TIME ZONE";
        return (typeName, type.Kind) switch
        {
            (_, DataKind.Number) when isNumber => $"CAST({raw} AS DOUBLE)",
            ("BOOLEAN", DataKind.Bool) => raw,
            (_, DataKind.Bool) when isNumber => $"CASE WHEN {raw} = 0 THEN FALSE WHEN {raw} = 1 THEN TRUE END",
            (_, DataKind.Date) when isTime => $"CAST(CAST({raw} AS TIMESTAMP) AS DATE)",
            (_, DataKind.DateTime) when isTime => $"CAST({raw} AS TIMESTAMP)",
            _ => throw new DirectReadUnavailableException($"{Path}: the Parquet {typeName} column '{_columns[ordinal]}' read as a {type} needs ScoreLang's reader"),
        };
    }

    /// <summary>Whether a known cell of the schema name is there (for typed Parquet columns: not null).</summary>
    public string IsKnown(string schemaName)
    {
        var ordinal = Ordinal(schemaName);
        return ordinal < 0 ? "FALSE" : _types[ordinal] == "VARCHAR" ? $"({Text(schemaName)} IS NOT NULL)" : $"({Raw(ordinal)} IS NOT NULL)";
    }

    private string Raw(int ordinal) => _types[ordinal] == "VARCHAR" && _spec.Format == DataFormat.Csv ? $"c{ordinal}" : CellSql.Identifier(_columns[ordinal]);

    private int Ordinal(string schemaName)
    {
        var column = _spec.ColumnOf(schemaName);
        for (var i = 0; i < _columns.Count; i++)
        {
            if (string.Equals(_columns[i], column, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The header cells as ScoreLang's reader splits them; a header it would read differently from DuckDB is refused.</summary>
    private static (List<string> Header, char Delimiter) CsvHeader(FileSpec spec)
    {
        using var reader = new StreamReader(spec.Path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var line = reader.ReadLine();
        if (reader.CurrentEncoding is not UTF8Encoding || line is null || line.Contains('"', StringComparison.Ordinal) || line.Length == 0)
        {
            throw new DirectReadUnavailableException($"{spec.Path}: the header row is empty, quoted or not UTF-8");
        }

        var delimiter = spec.Delimiter ?? DetectDelimiter(line);
        return ([.. line.Split(delimiter)], delimiter);
    }

    /// <summary>The reader's own rule (<see cref="CsvDelimiter"/>); a tie it would break by order is refused rather than guessed.</summary>
    private static char DetectDelimiter(string header)
    {
        var detected = CsvDelimiter.Detect(header);
        return detected.TiedWith is { } tied
            ? throw new DirectReadUnavailableException($"the header has as many '{detected.Delimiter}' as '{tied}': give the delimiter in a manifest")
            : detected.Delimiter;
    }

    private static (List<string> Names, List<string> Types) Describe(DbConnection connection, string source)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"DESCRIBE SELECT * FROM {source}";
        using var reader = command.ExecuteReader();
        var (names, types) = (new List<string>(), new List<string>());
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
            types.Add(reader.GetString(1));
        }

        return (names, types);
    }
}
