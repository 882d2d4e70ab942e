using ScoreLang.Data.Manifest;
using ScoreLang.Runtime.Building;
using ScoreLang.Semantics;

namespace ScoreLang.Data.Reading;

/// <summary>
/// Reads an events file in long format: <c>record_id</c>, <c>type</c>, <c>timestamp</c> and one column per attribute
/// of any event type. A row whose type, record or time cannot be read is reported and skipped (an event of a record
/// that is not in the data is never scored); an attribute that does not fit is reported and left unknown. Must run
/// after every record file, so that record ids can be checked as the rows are read. Rows may come in any order.
/// </summary>
internal static class EventFileLoader
{
    public static void Load(LoadContext context, EventFileSpec spec)
    {
        var file = spec.File;
        var types = spec.EventType is { } only ? [context.Schema.Events[only]] : context.Schema.Events.Values.OrderBy(e => e.Name, StringComparer.Ordinal).ToArray();
        var attributeNames = types.SelectMany(t => t.Attributes).Select(a => a.Name).Distinct(StringComparer.Ordinal).ToArray();
        string[] names = ["record_id", "timestamp", "type", .. attributeNames];
        var required = spec.EventType is null ? new HashSet<string> { "record_id", "timestamp", "type" } : ["record_id", "timestamp"];
        using var source = IRowSource.Open(file.Path, file.Format, file.Delimiter);
        var report = context.BeginFile(source, "events");
        var slots = ColumnBinding.Bind(context, source, file, spec.EventType is null ? names : names.Where(n => n != "type").ToArray(), required);
        if (spec.EventType is not null)
        {
            slots = [slots[0], slots[1], -1, .. slots[2..]];
        }

        var plans = new EventPlans(context, types, attributeNames, slots.AsSpan(3), file);
        var (idColumn, timeColumn, typeColumn) = (file.ColumnOf("record_id"), file.ColumnOf("timestamp"), file.ColumnOf("type"));
        while (source.Read())
        {
            if (source.RowError is { } rowError)
            {
                report.Report(DataIssueKind.MalformedRow, $"The row was skipped: {rowError}.", column: null);
                report.Skip();
                continue;
            }

            EventPlans.Plan? plan;
            if (spec.EventType is not null)
            {
                plan = plans.Single;
            }
            else if (!CellConverter.TryGetText(source, slots[2], file.ValuesOf("type"), out var typeName))
            {
                report.Report(DataIssueKind.MissingValue, "The event has no type; the row was skipped.", typeColumn);
                report.Skip();
                continue;
            }
            else if ((plan = plans.Find(typeName)) is null)
            {
                report.Report(
                    DataIssueKind.UnknownEventType,
                    $"'{CellConverter.Quote(typeName)}' is not an event type of the schema ({plans.Names}); the row was skipped.",
                    typeColumn);
                report.Skip();
                continue;
            }

            if (slots[0] < 0 || !CellConverter.TryGetText(source, slots[0], file.ValuesOf("record_id"), out var recordId))
            {
                report.Report(DataIssueKind.MissingValue, "The event has no record_id; the row was skipped.", idColumn);
                report.Skip();
                continue;
            }

            if (!plan.Records.Contains(recordId))
            {
                var recordType = plan.Records.RecordType.Name;
                report.Report(
                    DataIssueKind.OrphanEvent,
                    $"{plan.Events.EventType.Name} event of {recordType} '{CellConverter.Quote(recordId)}', which is not in the {recordType} data; the row was skipped.",
                    idColumn);
                report.Skip();
                continue;
            }

            CellValue time = default;
            Problem timeProblem = default;
            var timeOutcome = slots[1] < 0
                ? CellOutcome.Unknown
                : CellConverter.Convert(source, slots[1], ScoreLang.Semantics.ValueType.DateTime, file.ValuesOf("timestamp"), null, out time, out timeProblem);
            if (timeOutcome != CellOutcome.Value)
            {
                var message = timeOutcome == CellOutcome.Unknown ? "The event has no timestamp" : timeProblem.Message.TrimEnd('.');
                report.Report(timeOutcome == CellOutcome.Unknown ? DataIssueKind.MissingValue : DataIssueKind.InvalidDate, message + "; the row was skipped.", timeColumn);
                report.Skip();
                continue;
            }

            var evt = plan.Events.Add(recordId, time.Ticks);
            foreach (var attribute in plan.Attributes)
            {
                switch (CellConverter.Convert(source, attribute.Slot, attribute.Property.Type, attribute.Values, attribute.Pool, out var value, out var problem))
                {
                    case CellOutcome.Value:
                        Set(plan.Events, evt, attribute.Property, value);
                        break;
                    case CellOutcome.Bad:
                        report.Report(problem.Kind, $"{problem.Message} {plan.Events.EventType.Name}.{attribute.Property.Name} is left unknown.", attribute.Column);
                        break;
                }
            }

            report.EndRow();
        }

        report.EndFile();
    }

    private static void Set(EventTableBuilder events, int evt, PropertySymbol attribute, CellValue value)
    {
        switch (attribute.Type.Kind)
        {
            case DataKind.Number: events.SetNumber(evt, attribute.Ordinal, value.Number); break;
            case DataKind.Bool: events.SetBool(evt, attribute.Ordinal, value.Bool); break;
            case DataKind.Date or DataKind.DateTime: events.SetTicks(evt, attribute.Ordinal, value.Ticks); break;
            case DataKind.Enum: events.SetEnumCode(evt, attribute.Ordinal, value.Code); break;
            default: events.SetString(evt, attribute.Ordinal, value.Text!); break;
        }
    }
}
