using ScoreLang.Data.Reading;
using ScoreLang.Runtime;
using ScoreLang.Runtime.Building;
using ScoreLang.Runtime.Comparison;
using ScoreLang.Runtime.Output;
using ScoreLang.Semantics;

namespace ScoreLang.Data;

/// <summary>A record's values in an earlier output: its score (null when unscored) and tier (null when none).</summary>
public readonly record struct PreviousScore(double? Value, string? Tier);

/// <summary>
/// An earlier output (<c>run --previous</c>, S25), in any of the output formats, read back for the scores of the current
/// model: for each score its value and tier columns (named by the score's output properties, S22). Records are found by
/// <c>id</c>, and by <c>record_type</c> when the file has that column. Only those columns are kept in memory.
/// </summary>
public sealed class PreviousOutput
{
    private readonly Dictionary<string, Dictionary<string, int>> _rows;
    private readonly Dictionary<string, Column> _columns;

    private PreviousOutput(string path, int count, Dictionary<string, Dictionary<string, int>> rows, Dictionary<string, Column> columns)
    {
        Path = path;
        Count = count;
        _rows = rows;
        _columns = columns;
    }

    public string Path { get; }

    /// <summary>The number of records in the file.</summary>
    public int Count { get; }

    /// <summary>Whether the file has the score's value column (a score added since then has none).</summary>
    public bool Has(ScoreSymbol score) => _columns.ContainsKey(score.Name);

    /// <summary>The record's values for the score; null when the record is not in the file.</summary>
    public PreviousScore? Find(ScoreSymbol score, string id)
    {
        ArgumentNullException.ThrowIfNull(score);
        if (!(_rows.TryGetValue(score.RecordTypeName, out var rows) || _rows.TryGetValue("", out rows)) || !rows.TryGetValue(id, out var row))
        {
            return null;
        }

        return _columns.TryGetValue(score.Name, out var column)
            ? new PreviousScore(column.Known[row] ? column.Values[row] : null, column.Tiers?[row])
            : new PreviousScore(null, null);
    }

    /// <summary>
    /// What changed since this earlier output (S25): for each score of <paramref name="current"/> that the file has, the
    /// records whose tier changed (or that are new with a tier) and the band matrix. Scores added since are left out.
    /// </summary>
    public IReadOnlyList<TierComparisonResult> CompareWith(ScoringData data, ScoringOutput current)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(current);
        return [.. current.Scores.Where(c => Has(c.Score)).Select(columns =>
            TierComparison.Compare(columns, data.RecordsOf(columns.RecordTypeName).Ids, (id, _) =>
                Find(columns.Score, id) is { } earlier
                    ? new TierComparison.Earlier(true, earlier.Value, earlier.Tier)
                    : default))];
    }

    /// <summary>Reads an earlier output; throws a <see cref="DataLoadException"/> naming the file, line and column when it cannot.</summary>
    public static PreviousOutput Read(string path, IEnumerable<ScoreSymbol> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        if (!DataFormats.TryFromPath(path, out var format))
        {
            throw Fail(DataIssueKind.UnreadableFile, "An earlier output is a .csv, .jsonl or .parquet file.", new DataLocation(path));
        }

        if (!File.Exists(path))
        {
            throw Fail(DataIssueKind.MissingFile, "The earlier output does not exist.", new DataLocation(path));
        }

        try
        {
            using var source = IRowSource.Open(path, format);
            return ReadRows(path, source, [.. scores]);
        }
        catch (Exception error) when (error is IOException or InvalidDataException or UnauthorizedAccessException or FormatException
            or Parquet.ParquetException or Sylvan.Data.Csv.CsvFormatException or NotSupportedException)
        {
            throw Fail(DataIssueKind.UnreadableFile, $"The earlier output cannot be read: {error.Message}", new DataLocation(path), error);
        }
    }

    private static PreviousOutput ReadRows(string path, IRowSource source, ScoreSymbol[] scores)
    {
        string[] names = ["id", "record_type", .. scores.SelectMany(s => new[] { s.Outputs.Score, s.Outputs.Tier })];
        var present = names.Select(n => source.ColumnNames is null || source.ColumnNames.Contains(n, StringComparer.Ordinal)).ToArray();
        if (!present[0])
        {
            throw Fail(DataIssueKind.MissingColumn, "The earlier output has no 'id' column: give a file written by scorelang run --out.", new DataLocation(path, 0, "id", source.NumbersRows));
        }

        source.Select(names);
        var rows = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var columns = scores.Select((s, i) => (s, i)).Where(x => present[2 + (2 * x.i)]).ToDictionary(
            x => x.s.Name,
            x => new Column(2 + (2 * x.i), present[3 + (2 * x.i)], [.. TierLabels.For(x.s)]),
            StringComparer.Ordinal);
        var count = 0;
        while (source.Read())
        {
            if (source.RowError is { } rowError || !CellConverter.TryGetText(source, 0, null, out var id))
            {
                throw Fail(DataIssueKind.MalformedRow, $"The row cannot be read: {source.RowError ?? "it has no id"}.", new DataLocation(path, source.Line, null, source.NumbersRows));
            }

            var type = CellConverter.TryGetText(source, 1, null, out var typeText) ? typeText.ToString() : "";
            if (!rows.TryGetValue(type, out var ids))
            {
                ids = new Dictionary<string, int>(StringComparer.Ordinal);
                rows.Add(type, ids);
            }

            if (!ids.TryAdd(id.ToString(), count))
            {
                continue;
            }

            foreach (var (name, column) in columns)
            {
                column.Add(source, count, path, name);
            }

            count++;
        }

        return new PreviousOutput(path, count, rows, columns);
    }

    private static DataLoadException Fail(DataIssueKind kind, string message, DataLocation location, Exception? inner = null) =>
        new(new DataIssue(kind, message) { Location = location }, null, inner);

    /// <summary>One score's value and tier, growing as rows are read; tiers reuse the score's label strings.</summary>
    private sealed class Column(int slot, bool hasTier, string[] labels)
    {
        public double[] Values { get; private set; } = new double[1024];

        public bool[] Known { get; private set; } = new bool[1024];

        public string?[]? Tiers { get; private set; } = hasTier ? new string?[1024] : null;

        public void Add(IRowSource source, int row, string path, string name)
        {
            if (row == Values.Length)
            {
                Values = [.. Values, .. new double[row]];
                Known = [.. Known, .. new bool[row]];
                Tiers = Tiers is null ? null : [.. Tiers, .. new string?[row]];
            }

            switch (source.KindOf(slot))
            {
                case CellKind.Number:
                    (Values[row], Known[row]) = (source.NumberOf(slot), true);
                    break;
                case CellKind.Text when CellParser.TryParseNumber(source.TextOf(slot), out var value):
                    (Values[row], Known[row]) = (value, true);
                    break;
                case CellKind.Empty:
                    break;
                default:
                    var location = new DataLocation(path, source.Line, name, source.NumbersRows);
                    throw Fail(DataIssueKind.WrongType, $"'{CellConverter.Quote(source.TextOf(slot))}' is not a score.", location);
            }

            if (Tiers is not null && CellConverter.TryGetText(source, slot + 1, null, out var tier))
            {
                Tiers[row] = LabelOf(tier);
            }
        }

        /// <summary>The score's own label string when the tier is one (no string per row), else a new string.</summary>
        private string LabelOf(ReadOnlySpan<char> tier)
        {
            foreach (var label in labels)
            {
                if (tier.SequenceEqual(label))
                {
                    return label;
                }
            }

            return tier.ToString();
        }
    }
}
