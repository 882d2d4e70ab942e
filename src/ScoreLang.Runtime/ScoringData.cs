using System.Collections.Frozen;
using ScoreLang.Runtime.Building;
using ScoreLang.Semantics;

namespace ScoreLang.Runtime;

/// <summary>
/// Everything a scorer reads: one <see cref="RecordBatch"/> per record type and one <see cref="EventTable"/> per event type
/// of the schema (present even when empty, so scorers never test for absence), and the problems found while building it.
/// Immutable; build one with <see cref="ScoringDataBuilder"/> or <see cref="RecordDataConverter"/>.
/// </summary>
public sealed class ScoringData
{
    internal ScoringData(
        SchemaModel schema,
        FrozenDictionary<string, RecordBatch> records,
        FrozenDictionary<string, EventTable> events,
        DataIssueLog issues)
    {
        Schema = schema;
        Records = records;
        Events = events;
        Issues = issues;
    }

    public SchemaModel Schema { get; }

    public FrozenDictionary<string, RecordBatch> Records { get; }

    public FrozenDictionary<string, EventTable> Events { get; }

    /// <summary>Duplicate ids, references to records that are not in the data, unknown list names ... (never silently dropped).</summary>
    public DataIssueLog Issues { get; }

    public RecordBatch RecordsOf(string recordType) =>
        Records.TryGetValue(recordType, out var batch)
            ? batch
            : throw new ArgumentException($"The schema has no record type '{recordType}'.", nameof(recordType));

    public EventTable EventsOf(string eventType) =>
        Events.TryGetValue(eventType, out var table)
            ? table
            : throw new ArgumentException($"The schema has no event type '{eventType}'.", nameof(eventType));

    /// <summary>The total number of events of every type.</summary>
    public long EventCount => Events.Values.Sum(t => (long)t.Count);
}
