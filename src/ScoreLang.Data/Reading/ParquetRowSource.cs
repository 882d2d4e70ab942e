using System.Globalization;
using System.Numerics;
using Parquet;
using Parquet.Schema;

namespace ScoreLang.Data.Reading;

/// <summary>
/// A Parquet file through Parquet.Net, one row group at a time: the selected columns of a row group are decoded into
/// typed arrays (numbers of any width as doubles, timestamps and dates as UTC ticks), then served row by row. Memory is
/// bounded by the row group, not the file. Only top-level, non-repeated columns can be selected.
/// </summary>
internal sealed class ParquetRowSource : IRowSource
{
    private readonly FileStream _stream;
    private readonly ParquetReader _reader;
    private readonly DataField[] _fields;
    private DataField?[] _selected = [];
    private Column[] _columns = [];
    private int _group = -1;
    private int _groupRows;
    private int _row;
    private long _rowsBefore;
    private readonly char[] _format = new char[64];

    public ParquetRowSource(string path)
    {
        Path = path;
        _stream = new FileStream(path, new FileStreamOptions { BufferSize = 1 << 16 });
        try
        {
            _reader = ParquetReader.CreateAsync(_stream).GetAwaiter().GetResult();
        }
        catch
        {
            _stream.Dispose();
            throw;
        }

        _fields = [.. _reader.Schema.Fields.OfType<DataField>().Where(f => !f.IsArray)];
        ColumnNames = [.. _fields.Select(f => f.Name)];
    }

    public string Path { get; }

    public DataFormat Format => DataFormat.Parquet;

    public bool NumbersRows => true;

    public IReadOnlyList<string>? ColumnNames { get; }

    public long Line => _rowsBefore + _row + 1;

    public string? RowError => null;

    public void Select(IReadOnlyList<string> columns)
    {
        _selected = [.. columns.Select(c => _fields.FirstOrDefault(f => f.Name == c))];
        _columns = new Column[columns.Count];
    }

    public bool Read()
    {
        _row++;
        while (_row >= _groupRows)
        {
            if (_group + 1 >= _reader.RowGroupCount)
            {
                return false;
            }

            _rowsBefore += _groupRows;
            _group++;
            LoadGroup();
            _row = 0;
        }

        return true;
    }

    public CellKind KindOf(int slot)
    {
        var column = _columns[slot];
        if (column.Kind is CellKind.Empty or CellKind.Unsupported)
        {
            return column.Kind;
        }

        if (!column.Known[_row] || (column.Kind == CellKind.Text && column.Texts![_row].AsSpan().Trim().IsEmpty))
        {
            return CellKind.Empty;
        }

        return column.Kind;
    }

    public ReadOnlySpan<char> TextOf(int slot)
    {
        var column = _columns[slot];
        if (column.Kind is CellKind.Empty or CellKind.Unsupported || !column.Known[_row])
        {
            return [];
        }

        var written = 0;
        switch (column.Kind)
        {
            case CellKind.Text:
                return column.Texts![_row].AsSpan().Trim();
            case CellKind.Number:
                column.Numbers![_row].TryFormat(_format, out written, default, CultureInfo.InvariantCulture);
                break;
            case CellKind.Bool:
                return column.Numbers![_row] != 0 ? "true" : "false";
            default:
                new DateTime(column.Ticks![_row], DateTimeKind.Utc).TryFormat(_format, out written, "O", CultureInfo.InvariantCulture);
                break;
        }

        return _format.AsSpan(0, written);
    }

    public double NumberOf(int slot) => _columns[slot].Numbers![_row];

    public bool BoolOf(int slot) => _columns[slot].Numbers![_row] != 0;

    public long TicksOf(int slot) => _columns[slot].Ticks![_row];

    public string DescribeCell(int slot) => $"a Parquet {_selected[slot]?.ClrType.Name ?? "missing"} value";

    public void Dispose()
    {
        _reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _stream.Dispose();
    }

    private void LoadGroup()
    {
        using var group = _reader.OpenRowGroupReader(_group);
        _groupRows = checked((int)group.RowCount);
        for (var slot = 0; slot < _columns.Length; slot++)
        {
            _columns[slot] = _selected[slot] is { } field ? ReadColumn(group, field, _groupRows) : default;
        }
    }

    private static Column ReadColumn(ParquetRowGroupReader group, DataField field, int rows)
    {
        var type = field.ClrType;
        if (type == typeof(string) || type == typeof(ReadOnlyMemory<char>))
        {
            var texts = new string?[rows];
            group.ReadAsync(field, texts.AsMemory(), null, default).AsTask().GetAwaiter().GetResult();
            return new Column(CellKind.Text, [.. texts.Select(t => t is not null)], null, null, texts);
        }

        if (type == typeof(bool))
        {
            var values = Read<bool>(group, field, rows);
            return new Column(CellKind.Bool, [.. values.Select(v => v.HasValue)], [.. values.Select(v => v == true ? 1.0 : 0.0)], null, null);
        }

        if (type == typeof(DateTime))
        {
            var values = Read<DateTime>(group, field, rows);
            return Ticks(values.Select(v => v is { } t ? t.Kind == DateTimeKind.Local ? t.ToUniversalTime().Ticks : t.Ticks : (long?)null));
        }

        if (type == typeof(DateOnly))
        {
            return Ticks(Read<DateOnly>(group, field, rows).Select(v => v?.ToDateTime(TimeOnly.MinValue).Ticks));
        }

        if (type == typeof(DateTimeOffset))
        {
            return Ticks(Read<DateTimeOffset>(group, field, rows).Select(v => v?.UtcTicks));
        }

        return type switch
        {
            _ when type == typeof(double) => Numbers<double>(group, field, rows),
            _ when type == typeof(float) => Numbers<float>(group, field, rows),
            _ when type == typeof(decimal) => Numbers<decimal>(group, field, rows),
            _ when type == typeof(long) => Numbers<long>(group, field, rows),
            _ when type == typeof(int) => Numbers<int>(group, field, rows),
            _ when type == typeof(short) => Numbers<short>(group, field, rows),
            _ when type == typeof(sbyte) => Numbers<sbyte>(group, field, rows),
            _ when type == typeof(ulong) => Numbers<ulong>(group, field, rows),
            _ when type == typeof(uint) => Numbers<uint>(group, field, rows),
            _ when type == typeof(ushort) => Numbers<ushort>(group, field, rows),
            _ when type == typeof(byte) => Numbers<byte>(group, field, rows),
            _ => new Column(CellKind.Unsupported, [], null, null, null),
        };
    }

    private static T?[] Read<T>(ParquetRowGroupReader group, DataField field, int rows)
        where T : struct
    {
        var values = new T?[rows];
        group.ReadAsync<T>(field, values.AsMemory(), null, default).AsTask().GetAwaiter().GetResult();
        return values;
    }

    private static Column Numbers<T>(ParquetRowGroupReader group, DataField field, int rows)
        where T : struct, INumberBase<T>
    {
        var values = Read<T>(group, field, rows);
        return new Column(CellKind.Number, [.. values.Select(v => v.HasValue)], [.. values.Select(v => v is { } n ? double.CreateSaturating(n) : 0)], null, null);
    }

    private static Column Ticks(IEnumerable<long?> values)
    {
        var array = values.ToArray();
        return new Column(CellKind.DateTime, [.. array.Select(v => v.HasValue)], null, [.. array.Select(v => v ?? 0)], null);
    }

    /// <summary>One decoded column of the current row group; <see cref="Known"/>[row] is false for a null.</summary>
    private readonly record struct Column(CellKind Kind, bool[] Known, double[]? Numbers, long[]? Ticks, string?[]? Texts);
}
