using System.Collections.Frozen;
using ScoreLang.Runtime.Columns;
using ScoreLang.Semantics;

namespace ScoreLang.Runtime;

/// <summary>
/// Every record of one record type, column by column: <see cref="Ids"/>[row] and, for each property,
/// <see cref="Columns"/>[property.Ordinal]. Static list memberships (S4) are one bitmap per list of this type.
/// Built by <see cref="Building.ScoringDataBuilder"/>; immutable afterwards, so scorers can read it from many threads.
/// </summary>
public sealed class RecordBatch
{
    private readonly Lazy<FrozenDictionary<string, int>> _rowsById;

    internal RecordBatch(RecordTypeSymbol recordType, string[] ids, PropertyColumn[] columns, FrozenDictionary<string, Bitmap> lists)
    {
        RecordType = recordType;
        Ids = ids;
        Columns = columns;
        Lists = lists;
        _rowsById = new Lazy<FrozenDictionary<string, int>>(IndexIds, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public RecordTypeSymbol RecordType { get; }

    public string Name => RecordType.Name;

    public int Count => Ids.Length;

    public string[] Ids { get; }

    /// <summary>One column per property, at the property's <see cref="PropertySymbol.Ordinal"/>.</summary>
    public PropertyColumn[] Columns { get; }

    /// <summary>Membership bitmaps of the static lists of this record type, by list name (every declared static list is present).</summary>
    public FrozenDictionary<string, Bitmap> Lists { get; }

    public PropertyColumn Column(string propertyName) =>
        RecordType.FindProperty(propertyName) is { } property
            ? Columns[property.Ordinal]
            : throw new ArgumentException($"Record type '{Name}' has no property '{propertyName}'.", nameof(propertyName));

    public NumberColumn Numbers(int ordinal) => (NumberColumn)Columns[ordinal];

    public BoolColumn Bools(int ordinal) => (BoolColumn)Columns[ordinal];

    public TicksColumn Ticks(int ordinal) => (TicksColumn)Columns[ordinal];

    public StringColumn Strings(int ordinal) => (StringColumn)Columns[ordinal];

    public EnumColumn Enums(int ordinal) => (EnumColumn)Columns[ordinal];

    public AssociationColumn Associations(int ordinal) => (AssociationColumn)Columns[ordinal];

    /// <summary>The membership bitmap of a static list of this record type.</summary>
    public Bitmap List(string listName) =>
        Lists.TryGetValue(listName, out var bitmap)
            ? bitmap
            : throw new ArgumentException($"'{listName}' is not a static list of '{Name}'.", nameof(listName));

    /// <summary>The row of a record id, or -1 (an index is built on first use, for explain and history).</summary>
    public int RowOf(string id) => _rowsById.Value.TryGetValue(id, out var row) ? row : -1;

    private FrozenDictionary<string, int> IndexIds()
    {
        var rows = new Dictionary<string, int>(Ids.Length, StringComparer.Ordinal);
        for (var row = 0; row < Ids.Length; row++)
        {
            rows.TryAdd(Ids[row], row);
        }

        return rows.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
