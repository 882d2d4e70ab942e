using System.Collections.Immutable;

namespace ScoreLang.Evaluation;

/// <summary>
/// One event occurrence for the reference evaluator: its type, its time (UTC) and its attribute values
/// (string, double, bool, DateTime, enum member name; a missing key or null is unknown).
/// </summary>
public sealed record EventData(string Type, DateTime Timestamp, ImmutableDictionary<string, object?> Attributes);

/// <summary>
/// One record as the reference evaluator sees it (row-oriented and plain on purpose: the evaluator is the oracle,
/// the compiled runtime uses columnar batches).
/// <see cref="Associated"/>: the record reached through each association property (contact.company, S3).
/// <see cref="Contacts"/>: for a company, its associated contacts, whose events count towards company engagement (S2).
/// <see cref="Lists"/>: static list memberships (S4).
/// </summary>
public sealed record RecordData(
    string Id,
    string RecordType,
    ImmutableDictionary<string, object?> Properties,
    ImmutableArray<EventData> Events,
    ImmutableHashSet<string> Lists,
    ImmutableDictionary<string, RecordData> Associated,
    ImmutableArray<RecordData> Contacts)
{
    public static RecordData Create(string id, string recordType) => new(
        id,
        recordType,
        ImmutableDictionary<string, object?>.Empty.WithComparers(StringComparer.Ordinal),
        [],
        ImmutableHashSet<string>.Empty.WithComparer(StringComparer.Ordinal),
        ImmutableDictionary<string, RecordData>.Empty.WithComparers(StringComparer.Ordinal),
        []);

    public object? GetProperty(string name) => Properties.TryGetValue(name, out var value) ? value : null;
}
