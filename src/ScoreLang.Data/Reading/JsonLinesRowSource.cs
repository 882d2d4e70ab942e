using System.Text;
using System.Text.Json;

namespace ScoreLang.Data.Reading;

/// <summary>
/// A JSON Lines file: one object per line, read through a growing byte buffer (a line never becomes a string) and
/// parsed with <see cref="Utf8JsonReader"/>. Only the selected top-level fields are decoded; strings are unescaped
/// into a per-row character arena. A missing field or <c>null</c> is empty; a line that is not a JSON object is a row
/// with a <see cref="RowError"/>.
/// </summary>
internal sealed class JsonLinesRowSource : IRowSource
{
    private const int MaxLineBytes = 1 << 26;

    private readonly Stream _stream;
    private byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;
    private bool _eof;
    private bool _started;
    private long _nextLine = 1;
    private byte[][] _names = [];
    private Cell[] _cells = [];
    private char[] _arena = new char[256];
    private int _arenaUsed;

    public JsonLinesRowSource(string path)
    {
        Path = path;
        _stream = new FileStream(path, new FileStreamOptions { BufferSize = 0, Options = FileOptions.SequentialScan });
    }

    public string Path { get; }

    public DataFormat Format => DataFormat.JsonLines;

    public bool NumbersRows => false;

    public IReadOnlyList<string>? ColumnNames => null;

    public long Line { get; private set; }

    public string? RowError { get; private set; }

    public void Select(IReadOnlyList<string> columns)
    {
        _names = [.. columns.Select(Encoding.UTF8.GetBytes)];
        _cells = new Cell[columns.Count];
    }

    public bool Read()
    {
        while (NextLine(out var line))
        {
            Line = _nextLine++;
            if (line.Length > 0 && line[^1] == (byte)'\r')
            {
                line = line[..^1];
            }

            if (line.Trim(" \t"u8).IsEmpty)
            {
                continue;
            }

            Array.Clear(_cells);
            _arenaUsed = 0;
            RowError = null;
            try
            {
                ParseObject(line);
            }
            catch (JsonException error)
            {
                Array.Clear(_cells);
                RowError = $"the line is not valid JSON ({error.Message})";
            }

            return true;
        }

        return false;
    }

    public CellKind KindOf(int slot) => _cells[slot].Kind;

    public ReadOnlySpan<char> TextOf(int slot) =>
        _cells[slot].Kind is CellKind.Empty or CellKind.Unsupported ? [] : _arena.AsSpan(_cells[slot].Start, _cells[slot].Length).Trim();

    public double NumberOf(int slot) => _cells[slot].Number;

    public bool BoolOf(int slot) => _cells[slot].Number != 0;

    public long TicksOf(int slot) => throw new InvalidOperationException("JSON has no date values; dates are strings.");

    public string DescribeCell(int slot) => _cells[slot].Kind switch
    {
        CellKind.Number => "a JSON number",
        CellKind.Bool => "a JSON bool",
        CellKind.Unsupported => "a JSON object or array",
        _ => "a JSON string",
    };

    public void Dispose() => _stream.Dispose();

    private void ParseObject(ReadOnlySpan<byte> line)
    {
        var reader = new Utf8JsonReader(line, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            RowError = "the line is not a JSON object";
            return;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var slot = SlotOf(ref reader);
            reader.Read();
            if (slot < 0)
            {
                reader.Skip();
                continue;
            }

            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    var start = Reserve(reader.HasValueSequence ? (int)reader.ValueSequence.Length : reader.ValueSpan.Length);
                    var written = reader.CopyString(_arena.AsSpan(start));
                    _cells[slot] = new Cell(CellKind.Text, start, written, 0);
                    _arenaUsed = start + written;
                    break;
                case JsonTokenType.Number:
                    var number = reader.TryGetDouble(out var value) ? value : double.NaN;
                    _cells[slot] = StoreRaw(CellKind.Number, reader.ValueSpan, number);
                    break;
                case JsonTokenType.True or JsonTokenType.False:
                    _cells[slot] = StoreRaw(CellKind.Bool, reader.ValueSpan, reader.TokenType == JsonTokenType.True ? 1 : 0);
                    break;
                case JsonTokenType.Null:
                    _cells[slot] = default;
                    break;
                default:
                    _cells[slot] = new Cell(CellKind.Unsupported, 0, 0, 0);
                    reader.Skip();
                    break;
            }
        }
    }

    private int SlotOf(ref Utf8JsonReader reader)
    {
        for (var i = 0; i < _names.Length; i++)
        {
            if (reader.ValueTextEquals(_names[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Numbers and bools keep their literal text too (a number read into a string property, value mappings).</summary>
    private Cell StoreRaw(CellKind kind, ReadOnlySpan<byte> literal, double number)
    {
        var start = Reserve(literal.Length);
        var length = Encoding.UTF8.GetChars(literal, _arena.AsSpan(start));
        _arenaUsed = start + length;
        return new Cell(kind, start, length, number);
    }

    private int Reserve(int length)
    {
        if (_arenaUsed + length > _arena.Length)
        {
            Array.Resize(ref _arena, Math.Max(_arena.Length * 2, _arenaUsed + length));
        }

        return _arenaUsed;
    }

    /// <summary>The next line's bytes (without its '\n'); the span is valid until the next call.</summary>
    private bool NextLine(out ReadOnlySpan<byte> line)
    {
        while (true)
        {
            var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                line = _buffer.AsSpan(_start, newline);
                _start += newline + 1;
                return true;
            }

            if (_eof)
            {
                line = _buffer.AsSpan(_start, _end - _start);
                _start = _end;
                return !line.IsEmpty;
            }

            Fill();
        }
    }

    private void Fill()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }
        else if (_end == _buffer.Length)
        {
            if (_buffer.Length >= MaxLineBytes)
            {
                throw new InvalidDataException($"Line {_nextLine} is longer than {MaxLineBytes / (1 << 20)} MiB.");
            }

            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
        }

        _end += read;
        if (!_started)
        {
            // A UTF-8 byte order mark is not part of the first line.
            _started = true;
            if (_buffer.AsSpan(0, _end).StartsWith("\uFEFF"u8))
            {
                _start = 3;
            }
        }
    }

    private readonly record struct Cell(CellKind Kind, int Start, int Length, double Number);
}
