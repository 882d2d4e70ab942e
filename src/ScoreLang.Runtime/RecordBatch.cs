using System.Collections.Frozen;
using System.Runtime.CompilerServices;
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
    private readonly ConditionalWeakTable<Delegate, object> _tables = new();

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

    /// <summary>
    /// What <paramref name="build"/> computes from this batch, computed once per build delegate and kept as long as
    /// both live: compiled scores decide their rules' conditions on an associated record once per record of this batch
    /// (issue 5), not once per scored record. <paramref name="build"/> must be a pure function of the batch, whose data
    /// never changes.
    /// </summary>
    public TTable Table<TTable>(Func<RecordBatch, TTable> build)
        where TTable : class
    {
        ArgumentNullException.ThrowIfNull(build);
        if (_tables.TryGetValue(build, out var table))
        {
            return (TTable)table;
        }

        // Two threads may build the same table; either result is the same, and the first one stored wins.
        var built = build(this);
        return (TTable)_tables.GetValue(build, _ => built);
    }

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
