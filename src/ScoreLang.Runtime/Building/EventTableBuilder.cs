using ScoreLang.Runtime.Columns;
using ScoreLang.Semantics;

namespace ScoreLang.Runtime.Building;

/// <summary>
/// Collects the events of one event type in any order (events of all records interleaved, times unordered).
/// <c>Add</c> returns the event's handle for the attribute setters. When the data is built the events are
/// sorted once by (record row, time): a counting sort by row, then a sort of each record's (usually already
/// ordered) run by time. Not thread-safe.
/// </summary>
public sealed class EventTableBuilder
{
    private readonly RecordBatchBuilder _records;
    private readonly ColumnBuilder[] _attributes;
    private int[] _recordKeys = new int[64];
    private long[] _ticks = new long[64];

    internal EventTableBuilder(RecordBatchBuilder records, EventTypeSymbol eventType)
    {
        _records = records;
        EventType = eventType;
        _attributes = new ColumnBuilder[eventType.Attributes.Length];
        foreach (var attribute in eventType.Attributes)
        {
            _attributes[attribute.Ordinal] = new ColumnBuilder(attribute);
        }
    }

    public EventTypeSymbol EventType { get; }

    public int Count { get; private set; }

    /// <summary>Adds an event of the record <paramref name="recordId"/> (of the event type's record type) at a UTC time.</summary>
    public int Add(string recordId, long utcTicks)
    {
        ArgumentNullException.ThrowIfNull(recordId);
        return Append(_records.KeyOf(recordId), utcTicks);
    }

    public int Add(string recordId, DateTime utc) => Add(recordId, utc.Ticks);

    /// <summary>
    /// Adds an event of the record whose id is given as characters: file readers use it so that an event of a known
    /// record allocates no string.
    /// </summary>
    public int Add(ReadOnlySpan<char> recordId, long utcTicks) => Append(_records.KeyOf(recordId), utcTicks);

    public void SetNumber(int evt, int ordinal, double value) => _attributes[ordinal].SetNumber(evt, value);

    public void SetBool(int evt, int ordinal, bool value) => _attributes[ordinal].SetBool(evt, value);

    public void SetTicks(int evt, int ordinal, long utcTicks) => _attributes[ordinal].SetTicks(evt, utcTicks);

    public void SetString(int evt, int ordinal, string value) => _attributes[ordinal].SetString(evt, value);

    /// <summary>An enum value by member name (exact, else ignoring case); false (value left unknown) when it is not a member.</summary>
    public bool SetEnum(int evt, int ordinal, string member)
    {
        ArgumentNullException.ThrowIfNull(member);
        if (_attributes[ordinal].Kind != DataKind.Enum)
        {
            throw new ArgumentException($"'{EventType.Name}.{_attributes[ordinal].Property.Name}' is not an enum.", nameof(ordinal));
        }

        return ValueConversion.TrySet(_attributes[ordinal], evt, member, null);
    }

    /// <summary>An enum value by member index (declaration order).</summary>
    public void SetEnumCode(int evt, int ordinal, int code)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(code);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(code, _attributes[ordinal].Property.Type.EnumMembers.Length);
        _attributes[ordinal].SetCode(evt, code);
    }

    public void SetUnknown(int evt, int ordinal) => _attributes[ordinal].SetUnknown(evt);

    /// <summary>Sets an attribute as the reference evaluator represents it; false (left unknown) when the value does not fit.</summary>
    public bool SetValue(int evt, int ordinal, object? value) => ValueConversion.TrySet(_attributes[ordinal], evt, value, null);

    private int Append(int recordKey, long utcTicks)
    {
        if (Count == _ticks.Length)
        {
            Array.Resize(ref _ticks, checked(Count * 2));
            Array.Resize(ref _recordKeys, Count * 2);
        }

        _recordKeys[Count] = recordKey;
        _ticks[Count] = utcTicks;
        return Count++;
    }

    internal EventTable Build(DataIssueLog issues)
    {
        var keyToRow = _records.KeyToRow;
        var rowCount = _records.RowCount;

        // Counting sort by record row (stable); events of records that are not in the data are reported and left out.
        var offsets = new int[rowCount + 1];
        for (var i = 0; i < Count; i++)
        {
            var row = keyToRow[_recordKeys[i]];
            if (row >= 0)
            {
                offsets[row + 1]++;
            }
            else
            {
                issues.Add(
                    DataIssueKind.OrphanEvent,
                    !issues.KeepsSamples ? null : $"{EventType.Name} event of {_records.RecordType.Name} '{_records.IdOfKey(_recordKeys[i])}', which is not in the {_records.RecordType.Name} data.");
            }
        }

        for (var r = 0; r < rowCount; r++)
        {
            offsets[r + 1] += offsets[r];
        }

        var kept = offsets[rowCount];
        var order = new int[kept];
        var next = (int[])offsets.Clone();
        for (var i = 0; i < Count; i++)
        {
            var row = keyToRow[_recordKeys[i]];
            if (row >= 0)
            {
                order[next[row]++] = i;
            }
        }

        var ticks = new long[kept];
        for (var p = 0; p < kept; p++)
        {
            ticks[p] = _ticks[order[p]];
        }

        SortRunsByTime(offsets, ticks, order, rowCount);

        var attributes = new PropertyColumn[_attributes.Length];
        foreach (var attribute in _attributes)
        {
            attributes[attribute.Property.Ordinal] = attribute.Build(kept, order);
        }

        return new EventTable(EventType, offsets, ticks, attributes);
    }

    private static void SortRunsByTime(int[] offsets, long[] ticks, int[] order, int rowCount)
    {
        for (var r = 0; r < rowCount; r++)
        {
            var start = offsets[r];
            var length = offsets[r + 1] - start;
            for (var p = start + 1; p < start + length; p++)
            {
                if (ticks[p] < ticks[p - 1])
                {
                    Array.Sort(ticks, order, start, length);
                    break;
                }
            }
        }
    }
}
