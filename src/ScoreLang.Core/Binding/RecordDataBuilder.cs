using System.Collections.Immutable;
using ScoreLang.Evaluation;

namespace ScoreLang.Binding;

/// <summary>The mutable record a test assembles before it is frozen into <see cref="RecordData"/>.</summary>
internal sealed class RecordDataBuilder(string id, string recordType)
{
    public string Id { get; } = id;

    public string RecordType { get; } = recordType;

    public Dictionary<string, object?> Properties { get; } = new(StringComparer.Ordinal);

    public List<EventData> Events { get; } = [];

    public HashSet<string> Lists { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, RecordDataBuilder> Associated { get; } = new(StringComparer.Ordinal);

    public List<RecordDataBuilder> Contacts { get; } = [];

    public RecordData ToRecordData() => new(
        Id,
        RecordType,
        Properties.ToImmutableDictionary(StringComparer.Ordinal),
        [.. Events],
        Lists.ToImmutableHashSet(StringComparer.Ordinal),
        Associated.ToImmutableDictionary(pair => pair.Key, pair => pair.Value.ToRecordData(), StringComparer.Ordinal),
        [.. Contacts.Select(c => c.ToRecordData())]);
}
