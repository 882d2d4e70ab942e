using System.Collections.Immutable;
using ScoreLang.Evaluation;
using ScoreLang.Semantics;

namespace ScoreLang.Runtime.Building;

/// <summary>The columnar form of some <see cref="RecordData"/> and the row of each given record in its batch.</summary>
public sealed record ConvertedData(ScoringData Data, ImmutableArray<int> Rows);

/// <summary>
/// Turns the reference evaluator's row-oriented records (with their associated records, contacts, events and lists)
/// into <see cref="ScoringData"/>, so the compiled scorer and the evaluator can be run on the same data (differential
/// tests, in-file tests on the compiled path). A record reached twice (a company shared by several contacts) is added
/// once, with the values first seen.
/// </summary>
public static class RecordDataConverter
{
    public static ConvertedData Convert(SchemaModel schema, IEnumerable<RecordData> records)
    {
        var builder = new ScoringDataBuilder(schema);
        var seen = new HashSet<(string Type, string Id)>();
        var handles = new List<(string Type, string Id)>();
        foreach (var record in records)
        {
            Add(builder, record, seen);
            handles.Add((record.RecordType, record.Id));
        }

        var data = builder.Build();
        return new ConvertedData(data, [.. handles.Select(h => data.RecordsOf(h.Type).RowOf(h.Id))]);
    }

    private static void Add(ScoringDataBuilder builder, RecordData record, HashSet<(string Type, string Id)> seen)
    {
        if (!seen.Add((record.RecordType, record.Id)))
        {
            return;
        }

        var records = builder.Records(record.RecordType);
        var recordType = records.RecordType;
        var handle = records.Add(record.Id);
        foreach (var (name, value) in record.Properties)
        {
            var property = Property(recordType, name);
            if (!records.SetValue(handle, property.Ordinal, value))
            {
                throw new ArgumentException($"{record.RecordType} '{record.Id}': {value} does not fit '{name}' ({property.Type}).", nameof(record));
            }
        }

        foreach (var (name, associated) in record.Associated)
        {
            records.SetAssociation(handle, Property(recordType, name).Ordinal, associated.Id);
            Add(builder, associated, seen);
        }

        foreach (var evt in record.Events)
        {
            var events = builder.Events(evt.Type);
            var index = events.Add(record.Id, evt.Timestamp);
            foreach (var (name, value) in evt.Attributes)
            {
                var attribute = events.EventType.FindAttribute(name)
                    ?? throw new ArgumentException($"Event type '{evt.Type}' has no attribute '{name}'.", nameof(record));
                if (!events.SetValue(index, attribute.Ordinal, value))
                {
                    throw new ArgumentException($"{evt.Type} event: {value} does not fit '{name}' ({attribute.Type}).", nameof(record));
                }
            }
        }

        foreach (var list in record.Lists)
        {
            builder.AddListMember(list, record.Id);
        }

        foreach (var contact in record.Contacts)
        {
            Add(builder, contact, seen);
            LinkContact(builder, contact, record);
        }
    }

    /// <summary>A company's contact points at the company through its first association to the company's type (S2).</summary>
    private static void LinkContact(ScoringDataBuilder builder, RecordData contact, RecordData company)
    {
        var contacts = builder.Records(contact.RecordType);
        var association = RecordDataExtractor.FirstAssociationTo(contacts.RecordType, company.RecordType)
            ?? throw new ArgumentException($"'{contact.RecordType}' has no association to '{company.RecordType}'.", nameof(contact));
        if (!contact.Associated.ContainsKey(association.Name))
        {
            contacts.SetAssociation(contacts.KeyOf(contact.Id), association.Ordinal, company.Id);
        }
    }

    private static PropertySymbol Property(RecordTypeSymbol recordType, string name) =>
        recordType.FindProperty(name) ?? throw new ArgumentException($"Record type '{recordType.Name}' has no property '{name}'.", nameof(name));
}
