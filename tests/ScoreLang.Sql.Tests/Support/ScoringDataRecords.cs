using System.Collections.Immutable;
using ScoreLang.Evaluation;
using ScoreLang.Runtime;
using ScoreLang.Runtime.Columns;
using ScoreLang.Semantics;

namespace ScoreLang.Sql.Tests.Support;

/// <summary>
/// The reference evaluator's view of records held in columnar <see cref="ScoringData"/> (as the data reader produces
/// it): properties, the associated records (S3), events, static lists and, for a record type that others point at,
/// its contacts with their events (S2, through each pointing type's first association).
/// </summary>
internal static class ScoringDataRecords
{
    public static IReadOnlyList<RecordData> Of(ScoringData data, string recordType)
    {
        var batch = data.RecordsOf(recordType);
        return [.. Enumerable.Range(0, batch.Count).Select(row => Record(data, batch, row, withRelations: true))];
    }

    private static RecordData Record(ScoringData data, RecordBatch batch, int row, bool withRelations)
    {
        var properties = ImmutableDictionary.CreateBuilder<string, object?>(StringComparer.Ordinal);
        var associated = ImmutableDictionary.CreateBuilder<string, RecordData>(StringComparer.Ordinal);
        foreach (var column in batch.Columns)
        {
            if (column is AssociationColumn association)
            {
                if (withRelations && association.Rows[row] >= 0)
                {
                    associated[column.Property.Name] = Record(data, data.RecordsOf(association.TargetRecordType), association.Rows[row], withRelations: false);
                }
            }
            else if (column.GetValue(row) is { } value)
            {
                properties[column.Property.Name] = value;
            }
        }

        var lists = batch.Lists.Where(l => l.Value[row]).Select(l => l.Key).ToImmutableHashSet(StringComparer.Ordinal);
        var contacts = withRelations ? Contacts(data, batch, row) : [];
        return new RecordData(batch.Ids[row], batch.Name, properties.ToImmutable(), Events(data, batch, row), lists, associated.ToImmutable(), contacts);
    }

    private static ImmutableArray<EventData> Events(ScoringData data, RecordBatch batch, int row) =>
    [
        .. data.Events.Values
            .Where(table => string.Equals(table.RecordTypeName, batch.Name, StringComparison.Ordinal))
            .SelectMany(table => Enumerable.Range(table.RangeOf(row).Start.Value, table.RangeOf(row).End.Value - table.RangeOf(row).Start.Value)
                .Select(i => new EventData(
                    table.Name,
                    new DateTime(table.Ticks[i], DateTimeKind.Utc),
                    table.EventType.Attributes
                        .Select(a => KeyValuePair.Create(a.Name, table.Attributes[a.Ordinal].GetValue(i)))
                        .Where(a => a.Value is not null)
                        .ToImmutableDictionary(StringComparer.Ordinal)))),
    ];

    private static ImmutableArray<RecordData> Contacts(ScoringData data, RecordBatch target, int row)
    {
        var contacts = ImmutableArray.CreateBuilder<RecordData>();
        foreach (var source in data.Records.Values.Where(b => !string.Equals(b.Name, target.Name, StringComparison.Ordinal)))
        {
            var association = source.RecordType.Properties
                .Where(p => p.Type.Kind == DataKind.Association && string.Equals(p.Type.TargetRecordType, target.Name, StringComparison.Ordinal))
                .OrderBy(p => p.Ordinal)
                .FirstOrDefault();
            if (association is not null)
            {
                foreach (var contactRow in source.Associations(association.Ordinal).Reverse.SourcesOf(row))
                {
                    contacts.Add(Record(data, source, contactRow, withRelations: false));
                }
            }
        }

        return contacts.ToImmutable();
    }
}
