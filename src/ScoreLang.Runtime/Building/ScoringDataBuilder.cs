using System.Collections.Frozen;
using ScoreLang.Semantics;

namespace ScoreLang.Runtime.Building;

/// <summary>
/// Builds <see cref="ScoringData"/> from rows that arrive in any order (records, associations, events and list
/// memberships from separate files, in any file order). Readers take <see cref="Records"/> and <see cref="Events"/> for
/// each type once, map their file columns to property ordinals once, then add rows. <see cref="Build"/> resolves ids,
/// sorts events once and reports every unresolved reference in <see cref="ScoringData.Issues"/>. Not thread-safe.
/// </summary>
public sealed class ScoringDataBuilder
{
    private readonly Dictionary<string, RecordBatchBuilder> _records = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EventTableBuilder> _events = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _listMembers = new(StringComparer.Ordinal);
    private bool _built;

    public ScoringDataBuilder(SchemaModel schema)
    {
        Schema = schema;
        foreach (var recordType in schema.Records.Values.OrderBy(r => r.Name, StringComparer.Ordinal))
        {
            _records.Add(recordType.Name, new RecordBatchBuilder(this, recordType));
        }
    }

    public SchemaModel Schema { get; }

    public DataIssueLog Issues { get; } = new();

    public RecordBatchBuilder Records(string recordType) =>
        _records.TryGetValue(recordType, out var builder)
            ? builder
            : throw new ArgumentException($"The schema has no record type '{recordType}'.", nameof(recordType));

    public EventTableBuilder Events(string eventType)
    {
        if (!_events.TryGetValue(eventType, out var builder))
        {
            if (!Schema.Events.TryGetValue(eventType, out var symbol))
            {
                throw new ArgumentException($"The schema has no event type '{eventType}'.", nameof(eventType));
            }

            builder = new EventTableBuilder(Records(symbol.RecordTypeName), symbol);
            _events.Add(eventType, builder);
        }

        return builder;
    }

    /// <summary>Records that <paramref name="recordId"/> is a member of the static list <paramref name="listName"/> (S4).</summary>
    public bool AddListMember(string listName, string recordId, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(recordId);
        if (!Schema.Lists.TryGetValue(listName, out var list) || !list.IsStatic)
        {
            Issues.Add(DataIssueKind.UnknownList, $"'{listName}' is not a static list of the schema.", source);
            return false;
        }

        if (!_listMembers.TryGetValue(listName, out var members))
        {
            members = [];
            _listMembers.Add(listName, members);
        }

        members.Add(Records(list.RecordTypeName).KeyOf(recordId));
        return true;
    }

    /// <summary>Resolves, sorts and freezes everything; the builder cannot be used afterwards.</summary>
    public ScoringData Build()
    {
        if (_built)
        {
            throw new InvalidOperationException("Build was already called.");
        }

        _built = true;
        foreach (var builder in _records.Values)
        {
            builder.Seal();
        }

        var batches = new Dictionary<string, RecordBatch>(StringComparer.Ordinal);
        foreach (var (name, builder) in _records)
        {
            batches.Add(name, builder.Build(BuildLists(builder)));
        }

        var tables = new Dictionary<string, EventTable>(StringComparer.Ordinal);
        foreach (var eventType in Schema.Events.Values.OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            tables.Add(eventType.Name, Events(eventType.Name).Build(Issues));
        }

        return new ScoringData(
            Schema,
            batches.ToFrozenDictionary(StringComparer.Ordinal),
            tables.ToFrozenDictionary(StringComparer.Ordinal),
            Issues);
    }

    private FrozenDictionary<string, Bitmap> BuildLists(RecordBatchBuilder records)
    {
        var lists = new Dictionary<string, Bitmap>(StringComparer.Ordinal);
        foreach (var list in Schema.Lists.Values)
        {
            if (!list.IsStatic || list.RecordTypeName != records.RecordType.Name)
            {
                continue;
            }

            var bitmap = new Bitmap(records.RowCount);
            if (_listMembers.TryGetValue(list.Name, out var members))
            {
                foreach (var key in members)
                {
                    var row = records.KeyToRow[key];
                    if (row >= 0)
                    {
                        bitmap[row] = true;
                    }
                    else
                    {
                        Issues.Add(
                            DataIssueKind.OrphanListMember,
                            $"List '{list.Name}' names {records.RecordType.Name} '{records.IdOfKey(key)}', which is not in the {records.RecordType.Name} data.");
                    }
                }
            }

            lists.Add(list.Name, bitmap);
        }

        return lists.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
