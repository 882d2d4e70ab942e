using ScoreLang.Runtime;
using ScoreLang.Runtime.Columns;
using ScoreLang.Semantics;

namespace ScoreLang.Learning.Stages;

/// <summary>
/// When each record entered a stage, from dated stage changes in the data. A stage is named by an event type recorded
/// on the record type (the record entered the stage at its first such event: a CRM's "became MQL" or "deal won") or by
/// a date or datetime property (entered at its value: <c>became_mql_at</c>, <c>won_at</c>). An event type is looked for
/// first, so a property of the same name is never used by accident of spelling.
/// </summary>
internal static class StageDates
{
    /// <summary>Per row, the UTC ticks of entering the stage, or 0 when the record never entered it.</summary>
    public static long[] Resolve(ScoringData data, string recordType, string stage)
    {
        var records = data.RecordsOf(recordType);
        var entered = new long[records.Count];
        if (data.Events.TryGetValue(stage, out var events))
        {
            if (events.RecordTypeName != recordType)
            {
                throw new LearningException($"Stage '{stage}' is an event type recorded on {events.RecordTypeName}, not on {recordType}: name an event type or a date property of {recordType}.");
            }

            for (var row = 0; row < records.Count; row++)
            {
                // Events are sorted by time within a record, so the first is the moment the record entered the stage.
                entered[row] = events.Offsets[row] < events.Offsets[row + 1] ? events.Ticks[events.Offsets[row]] : 0;
            }

            return entered;
        }

        if (records.RecordType.FindProperty(stage) is { } property && records.Columns[property.Ordinal] is TicksColumn dates)
        {
            for (var row = 0; row < records.Count; row++)
            {
                entered[row] = dates.Known[row] ? dates.Values[row] : 0;
            }

            return entered;
        }

        var eventNames = data.Events.Values.Where(e => e.RecordTypeName == recordType).Select(e => e.Name);
        var dateProperties = records.RecordType.Properties.Where(p => p.Type.Kind is DataKind.Date or DataKind.DateTime).Select(p => p.Name);
        var known = string.Join(", ", eventNames.Concat(dateProperties).Order(StringComparer.Ordinal));
        throw new LearningException($"Stage '{stage}' is neither an event type nor a date property of {recordType}. {(known.Length == 0 ? $"{recordType} has neither: declare an event type for each stage change (docs/learned-scores.md)." : $"Those of {recordType}: {known}.")}");
    }

    /// <summary>The latest time the data knows of for the record type: its last event or stage date, the default as-of date.</summary>
    public static long Latest(ScoringData data, string recordType, params long[][] stageDates)
    {
        var latest = stageDates.SelectMany(d => d).DefaultIfEmpty(0).Max();
        foreach (var table in data.Events.Values.Where(e => e.RecordTypeName == recordType && e.Count > 0))
        {
            latest = Math.Max(latest, table.Ticks.Max());
        }

        return latest;
    }
}
