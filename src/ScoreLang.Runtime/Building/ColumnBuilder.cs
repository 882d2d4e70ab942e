using ScoreLang.Runtime.Columns;
using ScoreLang.Semantics;

namespace ScoreLang.Runtime.Building;

/// <summary>
/// Growable typed storage for one property or attribute while rows arrive; <see cref="Build"/> gathers the values into
/// their final row order. Only the array of the property's kind is allocated. Association values are stored as keys
/// of the target record type and resolved to rows at build time.
/// </summary>
internal sealed class ColumnBuilder
{
    private double[] _numbers = [];
    private bool[] _bools = [];
    private long[] _ticks = [];
    private string?[] _strings = [];
    private int[] _codes = [];
    private ulong[] _known = [];
    private int _capacity;

    public ColumnBuilder(PropertySymbol property) => Property = property;

    public PropertySymbol Property { get; }

    public DataKind Kind => Property.Type.Kind;

    public void SetNumber(int index, double value)
    {
        Require(DataKind.Number);
        Grow(index);
        _numbers[index] = value;
        MarkKnown(index);
    }

    public void SetBool(int index, bool value)
    {
        Require(DataKind.Bool);
        Grow(index);
        _bools[index] = value;
        MarkKnown(index);
    }

    public void SetTicks(int index, long ticks)
    {
        if (Kind is not (DataKind.Date or DataKind.DateTime))
        {
            throw WrongKind("date or datetime");
        }

        Grow(index);
        _ticks[index] = ticks;
        MarkKnown(index);
    }

    public void SetString(int index, string value)
    {
        Require(DataKind.String);
        Grow(index);
        _strings[index] = value;
        MarkKnown(index);
    }

    /// <summary>An enum member code, or for an association the target record's key.</summary>
    public void SetCode(int index, int code)
    {
        if (Kind is not (DataKind.Enum or DataKind.Association))
        {
            throw WrongKind("enum or association");
        }

        Grow(index);
        _codes[index] = code;
        MarkKnown(index);
    }

    /// <summary>Makes a value unknown again (a null in the data).</summary>
    public void SetUnknown(int index)
    {
        if (index < _capacity)
        {
            _known[index >> 6] &= ~(1UL << index);
        }
    }

    /// <summary>
    /// The column of <paramref name="count"/> rows where row r takes the value at index <c>order[r]</c> (or r when
    /// <paramref name="order"/> is null). Associations map target keys through <paramref name="targetKeyToRow"/>.
    /// </summary>
    public PropertyColumn Build(int count, int[]? order, int[]? targetKeyToRow = null, IReadOnlyList<string>? targetIds = null, int targetCount = 0)
    {
        var known = new Bitmap(count);
        for (var row = 0; row < count; row++)
        {
            var index = order is null ? row : order[row];
            if (index < _capacity && (_known[index >> 6] & (1UL << index)) != 0)
            {
                known.Words[row >> 6] |= 1UL << row;
            }
        }

        switch (Kind)
        {
            case DataKind.Number:
                return new NumberColumn(Property, Gather(_numbers, count, order, known), known);
            case DataKind.Bool:
                return new BoolColumn(Property, Gather(_bools, count, order, known), known);
            case DataKind.Date or DataKind.DateTime:
                return new TicksColumn(Property, Gather(_ticks, count, order, known), known);
            case DataKind.String:
                var strings = Gather(_strings, count, order, known);
                return new StringColumn(Property, strings, known, StringDictionary.TryEncode(strings));
            case DataKind.Enum:
                var codes = Gather(_codes, count, order, known);
                FillUnknown(codes, known);
                return new EnumColumn(Property, codes, known);
            case DataKind.Association:
                var rows = Gather(_codes, count, order, known);
                FillUnknown(rows, known);
                for (var row = 0; row < count; row++)
                {
                    if (rows[row] >= 0)
                    {
                        rows[row] = targetKeyToRow![rows[row]];
                        if (rows[row] < 0)
                        {
                            known[row] = false;
                        }
                    }
                }

                return new AssociationColumn(Property, rows, known, ReverseIndex.Build(rows, targetCount), targetIds!);
            default:
                throw new InvalidOperationException($"'{Property.Name}' has no data type (it failed to bind).");
        }
    }

    /// <summary>The target keys of an association (by index, -1 none) before they are resolved, to report missing targets.</summary>
    public int CodeAt(int index) => index < _capacity && (_known[index >> 6] & (1UL << index)) != 0 ? _codes[index] : -1;

    private static T[] Gather<T>(T[] source, int count, int[]? order, Bitmap known)
    {
        var values = new T[count];
        for (var row = 0; row < count; row++)
        {
            if (known[row])
            {
                values[row] = source[order is null ? row : order[row]];
            }
        }

        return values;
    }

    private static void FillUnknown(int[] codes, Bitmap known)
    {
        for (var row = 0; row < codes.Length; row++)
        {
            if (!known[row])
            {
                codes[row] = -1;
            }
        }
    }

    private void MarkKnown(int index) => _known[index >> 6] |= 1UL << index;

    private void Grow(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        if (index < _capacity)
        {
            return;
        }

        var capacity = Math.Max(64, _capacity);
        while (capacity <= index)
        {
            capacity = checked(capacity * 2);
        }

        switch (Kind)
        {
            case DataKind.Number: Array.Resize(ref _numbers, capacity); break;
            case DataKind.Bool: Array.Resize(ref _bools, capacity); break;
            case DataKind.Date or DataKind.DateTime: Array.Resize(ref _ticks, capacity); break;
            case DataKind.String: Array.Resize(ref _strings, capacity); break;
            default: Array.Resize(ref _codes, capacity); break;
        }

        Array.Resize(ref _known, capacity >> 6);
        _capacity = capacity;
    }

    private void Require(DataKind kind)
    {
        if (Kind != kind)
        {
            throw WrongKind(kind.ToString().ToLowerInvariant());
        }
    }

    private ArgumentException WrongKind(string expected) =>
        new($"'{Property.OwnerName}.{Property.Name}' is {Property.Type}, not {expected}.");
}
