using ScoreLang.Runtime;
using ScoreLang.Runtime.Building;
using ScoreLang.Runtime.Columns;

namespace ScoreLang.Learning.Stages;

/// <summary>
/// A copy of the data as each record of one type stood at its own moment (the moment it entered the start stage of a
/// transition): its events after that moment are dropped, and its date and datetime properties whose value lies after
/// it are unknown (they had not happened yet, such as <c>won_at</c>). Scoring the copy with each record's moment as the
/// evaluation date then cannot see the future, whatever the score's rules are. Rows keep their numbers; records of
/// other types, lists and associations are copied as they are.
/// </summary>
public static class PointInTimeData
{
    public static ScoringData Build(ScoringData data, string recordType, long[] momentTicks)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(momentTicks);
        var builder = new ScoringDataBuilder(data.Schema);
        // Every record is added before anything refers to it, in row order, so each keeps its row number.
        foreach (var batch in data.Records.Values)
        {
            var records = builder.Records(batch.Name);
            foreach (var id in batch.Ids)
            {
                records.Add(id);
            }
        }

        foreach (var batch in data.Records.Values)
        {
            CopyRecords(builder, batch, batch.Name == recordType ? momentTicks : null);
        }

        foreach (var table in data.Events.Values)
        {
            CopyEvents(builder, table, data.RecordsOf(table.RecordTypeName).Ids, table.RecordTypeName == recordType ? momentTicks : null);
        }

        var copy = builder.Build();
        foreach (var batch in data.Records.Values)
        {
            if (!copy.RecordsOf(batch.Name).Ids.SequenceEqual(batch.Ids, StringComparer.Ordinal))
            {
                throw new InvalidOperationException($"The point-in-time copy of {batch.Name} changed the order of its records.");
            }
        }

        return copy;
    }

    private static void CopyRecords(ScoringDataBuilder builder, RecordBatch batch, long[]? moments)
    {
        var records = builder.Records(batch.Name);
        for (var row = 0; row < batch.Count; row++)
        {
            var moment = moments is null ? 0 : moments[row];
            foreach (var column in batch.Columns)
            {
                var value = column.GetValue(row);
                if (value is null || (moment != 0 && value is DateTime time && time.Ticks > moment))
                {
                    continue;
                }

                if (column is AssociationColumn)
                {
                    records.SetAssociation(row, column.Property.Ordinal, (string)value);
                }
                else
                {
                    records.SetValue(row, column.Property.Ordinal, value);
                }
            }

            foreach (var (list, members) in batch.Lists)
            {
                if (members[row])
                {
                    builder.AddListMember(list, batch.Ids[row]);
                }
            }
        }
    }

    private static void CopyEvents(ScoringDataBuilder builder, EventTable table, string[] ids, long[]? moments)
    {
        var events = builder.Events(table.Name);
        for (var row = 0; row + 1 < table.Offsets.Length; row++)
        {
            var moment = moments is null ? 0 : moments[row];
            for (var e = table.Offsets[row]; e < table.Offsets[row + 1]; e++)
            {
                // An event at the very moment counts, as events at the evaluation date do (S19).
                if (moment != 0 && table.Ticks[e] > moment)
                {
                    continue;
                }

                var copy = events.Add(ids[row], table.Ticks[e]);
                foreach (var attribute in table.Attributes)
                {
                    if (attribute.GetValue(e) is { } value)
                    {
                        events.SetValue(copy, attribute.Property.Ordinal, value);
                    }
                }
            }
        }
    }
}
