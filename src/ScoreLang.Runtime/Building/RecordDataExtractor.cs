using System.Collections.Immutable;
using ScoreLang.Evaluation;
using ScoreLang.Semantics;

namespace ScoreLang.Runtime.Building;

/// <summary>
/// The reverse of <see cref="RecordDataConverter"/>: one row of <see cref="ScoringData"/> as the reference evaluator's
/// <see cref="RecordData"/>, with its properties, own events, static lists, associated records (S3) and, for a record
/// that other records point at, those records with their events as its contacts (S2: the records of another type whose
/// first association to this type names it). Used to explain one record with the evaluator (S28) and by differential tests.
/// </summary>
public static class RecordDataExtractor
{
    public static RecordData Extract(ScoringData data, string recordType, int row)
    {
        var batch = data.RecordsOf(recordType);
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, batch.Count);

        var record = Shallow(data, batch, row);
        var associated = ImmutableDictionary.CreateBuilder<string, RecordData>(StringComparer.Ordinal);
        foreach (var property in batch.RecordType.Properties)
        {
            if (property.Type.Kind == DataKind.Association && batch.Associations(property.Ordinal).Rows[row] is var target && target >= 0)
            {
                associated.Add(property.Name, Shallow(data, data.RecordsOf(property.Type.TargetRecordType!), target));
            }
        }

        var contacts = ImmutableArray.CreateBuilder<RecordData>();
        foreach (var source in data.Records.Values.OrderBy(b => b.Name, StringComparer.Ordinal))
        {
            if (source.Name != recordType && FirstAssociationTo(source.RecordType, recordType) is { } association)
            {
                foreach (var contactRow in source.Associations(association.Ordinal).Reverse.SourcesOf(row))
                {
                    contacts.Add(Shallow(data, source, contactRow));
                }
            }
        }

        return record with { Associated = associated.ToImmutable(), Contacts = contacts.ToImmutable() };
    }

    /// <summary>The association a record type's events reach another record type through (S2), or null.</summary>
    public static PropertySymbol? FirstAssociationTo(RecordTypeSymbol source, string targetRecordType) =>
        source.Properties
            .Where(p => p.Type.Kind == DataKind.Association && p.Type.TargetRecordType == targetRecordType)
            .OrderBy(p => p.Ordinal)
            .FirstOrDefault();

    /// <summary>Properties, own events and lists; no associated records or contacts.</summary>
    private static RecordData Shallow(ScoringData data, RecordBatch batch, int row)
    {
        var properties = ImmutableDictionary.CreateBuilder<string, object?>(StringComparer.Ordinal);
        foreach (var column in batch.Columns)
        {
            if (column.Kind != DataKind.Association && column.GetValue(row) is { } value)
            {
                properties.Add(column.Property.Name, value);
            }
        }

        var events = ImmutableArray.CreateBuilder<EventData>();
        foreach (var table in data.Events.Values.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            if (table.RecordTypeName != batch.Name)
            {
                continue;
            }

            for (var e = table.Offsets[row]; e < table.Offsets[row + 1]; e++)
            {
                var attributes = ImmutableDictionary.CreateBuilder<string, object?>(StringComparer.Ordinal);
                foreach (var column in table.Attributes)
                {
                    if (column.GetValue(e) is { } value)
                    {
                        attributes.Add(column.Property.Name, value);
                    }
                }

                events.Add(new EventData(table.Name, new DateTime(table.Ticks[e], DateTimeKind.Utc), attributes.ToImmutable()));
            }
        }

        var lists = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        foreach (var (name, bitmap) in batch.Lists)
        {
            if (bitmap[row])
            {
                lists.Add(name);
            }
        }

        return RecordData.Create(batch.Ids[row], batch.Name) with
        {
            Properties = properties.ToImmutable(),
            Events = events.ToImmutable(),
            Lists = lists.ToImmutable(),
        };
    }
}
