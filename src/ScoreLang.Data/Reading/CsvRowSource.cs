using System.Text;
using Sylvan.Data.Csv;

namespace ScoreLang.Data.Reading;

/// <summary>
/// A CSV file through Sylvan.Data.Csv: streamed through a fixed buffer, cells read as spans. The delimiter is detected
/// from the header by <see cref="CsvDelimiter"/> unless the manifest gives one. Comment lines are switched off (a '#' at the start of a line is data).
/// Lines are counted from the raw records, so a quoted cell that spans lines keeps the line numbers right.
/// </summary>
internal sealed class CsvRowSource : IRowSource
{
    private readonly CsvDataReader _reader;
    private readonly string[] _header;
    private int[] _ordinals = [];
    private long _nextLine = 2;

    public CsvRowSource(string path, char? delimiter)
    {
        Path = path;
        // The delimiter comes from the one rule the direct read uses too, never from Sylvan's own guess.
        var detected = delimiter ?? CsvDelimiter.DetectInFile(path).Delimiter;
        var text = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, new FileStreamOptions { BufferSize = 1 << 16, Options = FileOptions.SequentialScan });
        var options = new CsvDataReaderOptions
        {
            Comment = '\0',
            MaxBufferSize = 1 << 24,
            OwnsReader = true,
            Delimiter = detected,
        };

        _reader = CsvDataReader.Create(text, options);
        _header = new string[_reader.FieldCount];
        for (var i = 0; i < _header.Length; i++)
        {
            _header[i] = _reader.GetName(i).Trim();
        }
    }

    public string Path { get; }

    public DataFormat Format => DataFormat.Csv;

    public bool NumbersRows => false;

    public IReadOnlyList<string>? ColumnNames => _header;

    public long Line { get; private set; } = 1;

    public string? RowError => null;

    public void Select(IReadOnlyList<string> columns) =>
        _ordinals = [.. columns.Select(c => Array.IndexOf(_header, c))];

    public bool Read()
    {
        while (_reader.Read())
        {
            Line = _nextLine;
            var raw = _reader.GetRawRecordSpan();
            _nextLine += Math.Max(1, raw.Count('\n'));
            if (_reader.RowFieldCount > 1 || !_reader.GetFieldSpan(0).Trim().IsEmpty)
            {
                return true;
            }
        }

        return false;
    }

    public CellKind KindOf(int slot) => TextOf(slot).IsEmpty ? CellKind.Empty : CellKind.Text;

    public ReadOnlySpan<char> TextOf(int slot)
    {
        var ordinal = _ordinals[slot];
        return ordinal >= 0 && ordinal < _reader.RowFieldCount ? _reader.GetFieldSpan(ordinal).Trim() : [];
    }

    public double NumberOf(int slot) => throw new InvalidOperationException("CSV cells are text.");

    public bool BoolOf(int slot) => throw new InvalidOperationException("CSV cells are text.");

    public long TicksOf(int slot) => throw new InvalidOperationException("CSV cells are text.");

    public string DescribeCell(int slot) => "text";

    public void Dispose() => _reader.Dispose();
}
