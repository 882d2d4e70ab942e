using System.Collections.Frozen;
using ScoreLang.Runtime.Columns;
using ScoreLang.Semantics;

namespace ScoreLang.Runtime.Building;

/// <summary>
/// Collects the records of one record type in any order. <c>Add</c> returns a handle for the record; the
/// setters take that handle and a property ordinal (map file columns to ordinals once, not per row). Ids referenced by
/// associations, events or lists before (or without) the record itself get a handle too; records that are never added
/// are reported as issues when the data is built. Not thread-safe.
/// </summary>
public sealed class RecordBatchBuilder
{
    private readonly ScoringDataBuilder _owner;
    private readonly Dictionary<string, int> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _keysBySpan;
    private readonly List<string> _ids = [];
    private readonly List<bool> _declared = [];
    private readonly ColumnBuilder[] _columns;
    private int[]? _keyToRow;
    private int[]? _rowToKey;

    internal RecordBatchBuilder(ScoringDataBuilder owner, RecordTypeSymbol recordType)
    {
        _owner = owner;
        RecordType = recordType;
        _keysBySpan = _keys.GetAlternateLookup<ReadOnlySpan<char>>();
        _columns = new ColumnBuilder[recordType.Properties.Length];
        foreach (var property in recordType.Properties)
        {
            _columns[property.Ordinal] = new ColumnBuilder(property);
        }
    }

    public RecordTypeSymbol RecordType { get; }

    /// <summary>How many distinct records were added.</summary>
    public int Count { get; private set; }

    /// <summary>Adds a record (or returns the handle of one added before, reporting the duplicate).</summary>
    public int Add(string id, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        var key = KeyOf(id);
        if (_declared[key])
        {
            _owner.Issues.Add(DataIssueKind.DuplicateRecord, $"{RecordType.Name} '{id}' appears more than once; the later values win.", source);
        }
        else
        {
            _declared[key] = true;
            Count++;
        }

        return key;
    }

    /// <summary>Whether a record with this id was added (file readers check ids without allocating a string per row).</summary>
    public bool Contains(ReadOnlySpan<char> id) => _keysBySpan.TryGetValue(id, out var key) && _declared[key];

    public void SetNumber(int record, int ordinal, double value) => _columns[ordinal].SetNumber(record, value);

    public void SetBool(int record, int ordinal, bool value) => _columns[ordinal].SetBool(record, value);

    /// <summary>A date or datetime as UTC ticks.</summary>
    public void SetTicks(int record, int ordinal, long utcTicks) => _columns[ordinal].SetTicks(record, utcTicks);

    public void SetDateTime(int record, int ordinal, DateTime utc) => _columns[ordinal].SetTicks(record, utc.Ticks);

    public void SetString(int record, int ordinal, string value) => _columns[ordinal].SetString(record, value);

    /// <summary>An enum value by member name (exact, else ignoring case); false (value left unknown) when it is not a member.</summary>
    public bool SetEnum(int record, int ordinal, string member)
    {
        ArgumentNullException.ThrowIfNull(member);
        if (_columns[ordinal].Kind != DataKind.Enum)
        {
            throw new ArgumentException($"'{RecordType.Name}.{_columns[ordinal].Property.Name}' is not an enum.", nameof(ordinal));
        }

        return ValueConversion.TrySet(_columns[ordinal], record, member, null);
    }

    /// <summary>An enum value by member index (declaration order).</summary>
    public void SetEnumCode(int record, int ordinal, int code)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(code);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(code, _columns[ordinal].Property.Type.EnumMembers.Length);
        _columns[ordinal].SetCode(record, code);
    }

    /// <summary>The associated record's id (contact.company = "acme"); resolved when the data is built.</summary>
    public void SetAssociation(int record, int ordinal, string targetId)
    {
        var target = _owner.Records(_columns[ordinal].Property.Type.TargetRecordType!);
        _columns[ordinal].SetCode(record, target.KeyOf(targetId));
    }

    /// <summary>The associated record's id as characters; a string is allocated only for an id not seen before.</summary>
    public void SetAssociation(int record, int ordinal, ReadOnlySpan<char> targetId)
    {
        var target = _owner.Records(_columns[ordinal].Property.Type.TargetRecordType!);
        _columns[ordinal].SetCode(record, target.KeyOf(targetId));
    }

    public void SetUnknown(int record, int ordinal) => _columns[ordinal].SetUnknown(record);

    /// <summary>
    /// Sets a value as the reference evaluator represents it (double, bool, DateTime, string, enum member name,
    /// associated id; null is unknown). False, leaving the value unknown, when it does not fit the property's type.
    /// </summary>
    public bool SetValue(int record, int ordinal, object? value) =>
        ValueConversion.TrySet(_columns[ordinal], record, value, TargetKeyOf(_columns[ordinal].Property));

    /// <summary>The handle of an id, creating an undeclared one when the record was not added (yet).</summary>
    internal int KeyOf(string id)
    {
        if (!_keys.TryGetValue(id, out var key))
        {
            key = _ids.Count;
            _keys.Add(id, key);
            _ids.Add(id);
            _declared.Add(false);
        }

        return key;
    }

    /// <summary>The handle of an id given as characters (no allocation when the id is known).</summary>
    internal int KeyOf(ReadOnlySpan<char> id) => _keysBySpan.TryGetValue(id, out var key) ? key : KeyOf(id.ToString());

    internal string IdOfKey(int key) => _ids[key];

    internal int[] KeyToRow => _keyToRow ?? throw new InvalidOperationException("Not sealed yet.");

    internal int RowCount => _rowToKey?.Length ?? throw new InvalidOperationException("Not sealed yet.");

    internal string[] RowIds { get; private set; } = [];

    /// <summary>Fixes the rows: the added records, in the order their ids were first seen.</summary>
    internal void Seal()
    {
        _keyToRow = new int[_ids.Count];
        _rowToKey = new int[Count];
        RowIds = new string[Count];
        var row = 0;
        for (var key = 0; key < _ids.Count; key++)
        {
            if (_declared[key])
            {
                _keyToRow[key] = row;
                _rowToKey[row] = key;
                RowIds[row] = _ids[key];
                row++;
            }
            else
            {
                _keyToRow[key] = -1;
            }
        }
    }

    internal RecordBatch Build(FrozenDictionary<string, Bitmap> lists)
    {
        var identity = _rowToKey!.Length == _ids.Count;
        var order = identity ? null : _rowToKey;
        var columns = new PropertyColumn[_columns.Length];
        foreach (var column in _columns)
        {
            if (column.Kind == DataKind.Association)
            {
                var target = _owner.Records(column.Property.Type.TargetRecordType!);
                ReportMissingTargets(column, target);
                columns[column.Property.Ordinal] = column.Build(RowCount, order, target.KeyToRow, target.RowIds, target.RowCount);
            }
            else
            {
                columns[column.Property.Ordinal] = column.Build(RowCount, order);
            }
        }

        return new RecordBatch(RecordType, RowIds, columns, lists);
    }

    private void ReportMissingTargets(ColumnBuilder column, RecordBatchBuilder target)
    {
        foreach (var key in _rowToKey!)
        {
            var targetKey = column.CodeAt(key);
            if (targetKey >= 0 && target.KeyToRow[targetKey] < 0)
            {
                _owner.Issues.Add(
                    DataIssueKind.MissingAssociatedRecord,
                    $"{RecordType.Name} '{_ids[key]}': {column.Property.Name} '{target.IdOfKey(targetKey)}' is not in the {target.RecordType.Name} data.");
            }
        }
    }

    private Func<string, int>? TargetKeyOf(PropertySymbol property) =>
        property.Type.TargetRecordType is { } targetType ? _owner.Records(targetType).KeyOf : null;
}
