using ScoreLang.Runtime.Columns;
using ScoreLang.Semantics;

namespace ScoreLang.Runtime;

/// <summary>
/// Every event of one event type, sorted by (record row, time) once when the data is built: the events of record row r
/// are the indexes <c>Offsets[r] .. Offsets[r + 1]</c> (exclusive), oldest first. <see cref="Ticks"/> is each event's
/// UTC timestamp and <see cref="Attributes"/>[attribute.Ordinal] its typed attribute columns.
/// </summary>
public sealed class EventTable
{
    internal EventTable(EventTypeSymbol eventType, int[] offsets, long[] ticks, PropertyColumn[] attributes)
    {
        EventType = eventType;
        Offsets = offsets;
        Ticks = ticks;
        Attributes = attributes;
    }

    public EventTypeSymbol EventType { get; }

    public string Name => EventType.Name;

    /// <summary>The record type the events happen to (the <see cref="RecordBatch"/> the offsets index).</summary>
    public string RecordTypeName => EventType.RecordTypeName;

    public int Count => Ticks.Length;

    /// <summary>Length: the record batch's count + 1.</summary>
    public int[] Offsets { get; }

    public long[] Ticks { get; }

    public PropertyColumn[] Attributes { get; }

    public NumberColumn Numbers(int ordinal) => (NumberColumn)Attributes[ordinal];

    public BoolColumn Bools(int ordinal) => (BoolColumn)Attributes[ordinal];

    public TicksColumn TicksOf(int ordinal) => (TicksColumn)Attributes[ordinal];

    public StringColumn Strings(int ordinal) => (StringColumn)Attributes[ordinal];

    public EnumColumn Enums(int ordinal) => (EnumColumn)Attributes[ordinal];

    /// <summary>The event indexes of one record row, oldest first.</summary>
    public Range RangeOf(int row) => new(Offsets[row], Offsets[row + 1]);
}
