using System.Globalization;
using ScoreLang.Data.Manifest;
using ScoreLang.Runtime.Building;
using ScoreLang.Semantics;

namespace ScoreLang.Data.Reading;

/// <summary>
/// Reads one record file: an <c>id</c> column and one column per property (absent columns leave the property unknown).
/// A row without an id, or with an id already read, is reported and skipped; a cell that does not fit its property is
/// reported and left unknown (the record is kept, so its events still count). An association is checked against the
/// ids of its target type when that type's file was read before this one (<see cref="DataSetLoader"/> orders files so);
/// otherwise the check is deferred to <see cref="PendingAssociations"/>.
/// </summary>
internal static class RecordFileLoader
{
    private static readonly HashSet<string> Required = ["id"];
    private static readonly HashSet<string> NoneRequired = [];

    public static void Load(LoadContext context, RecordFileSpec spec, IReadOnlySet<string> loadedTypes, PendingAssociations pending)
    {
        var recordType = context.Schema.Records[spec.RecordType];
        var records = context.Builder.Records(spec.RecordType);
        using var source = IRowSource.Open(spec.File.Path, spec.File.Format, spec.File.Delimiter);
        var report = context.BeginFile(source, spec.RecordType);
        string[] names = ["id", .. recordType.Properties.Select(p => p.Name)];
        var slots = ColumnBinding.Bind(context, source, spec.File, names, spec.IdFromRow ? NoneRequired : Required);
        var idSlot = slots[0];
        var idValues = spec.File.ValuesOf("id");
        var properties = recordType.Properties
            .Where(p => slots[p.Ordinal + 1] >= 0)
            .Select(p => new Binding(p, slots[p.Ordinal + 1], spec.File.ColumnOf(p.Name), spec.File.ValuesOf(p.Name), p.Type.Kind == DataKind.String ? new TextPool() : null))
            .ToArray();

        var row = 0L;
        while (source.Read())
        {
            row++; // every data row counts, skipped ones too, so that an id from the row number names the file's row
            if (source.RowError is { } rowError)
            {
                report.Report(DataIssueKind.MalformedRow, $"The row was skipped: {rowError}.", column: null);
                report.Skip();
                continue;
            }

            ReadOnlySpan<char> id;
            if (spec.IdFromRow)
            {
                id = row.ToString(CultureInfo.InvariantCulture);
            }
            else if (idSlot < 0 || !CellConverter.TryGetText(source, idSlot, idValues, out id))
            {
                report.Report(DataIssueKind.MissingValue, $"The {recordType.Name} has no id; the row was skipped.", spec.File.ColumnOf("id"));
                report.Skip();
                continue;
            }

            if (records.Contains(id))
            {
                report.Report(
                    DataIssueKind.DuplicateRecord,
                    $"{recordType.Name} '{CellConverter.Quote(id)}' was already read; this row was skipped (ids must be unique).",
                    spec.File.ColumnOf("id"));
                report.Skip();
                continue;
            }

            var handle = records.Add(id.ToString());
            foreach (var binding in properties)
            {
                if (binding.Property.Type.Kind == DataKind.Association)
                {
                    SetAssociation(context, source, report, records, handle, binding, loadedTypes, pending);
                    continue;
                }

                switch (CellConverter.Convert(source, binding.Slot, binding.Property.Type, binding.Values, binding.Pool, out var value, out var problem))
                {
                    case CellOutcome.Value:
                        Set(records, handle, binding.Property, value);
                        break;
                    case CellOutcome.Bad:
                        report.Report(problem.Kind, $"{problem.Message} {recordType.Name}.{binding.Property.Name} is left unknown.", binding.Column);
                        break;
                }
            }

            report.EndRow();
        }

        report.EndFile();
    }

    private static void SetAssociation(
        LoadContext context,
        IRowSource source,
        FileReport report,
        RecordBatchBuilder records,
        int handle,
        Binding binding,
        IReadOnlySet<string> loadedTypes,
        PendingAssociations pending)
    {
        if (!CellConverter.TryGetText(source, binding.Slot, binding.Values, out var targetId))
        {
            return;
        }

        var targetType = binding.Property.Type.TargetRecordType!;
        if (!loadedTypes.Contains(targetType))
        {
            records.SetAssociation(handle, binding.Property.Ordinal, targetId);
            pending.Add(records, handle, binding.Property, targetId.ToString(), report, report.Here(binding.Column));
        }
        else if (context.Builder.Records(targetType).Contains(targetId))
        {
            records.SetAssociation(handle, binding.Property.Ordinal, targetId);
        }
        else
        {
            report.Report(DataIssueKind.MissingAssociatedRecord, PendingAssociations.Message(binding.Property, targetId), binding.Column);
        }
    }

    private static void Set(RecordBatchBuilder records, int handle, PropertySymbol property, CellValue value)
    {
        switch (property.Type.Kind)
        {
            case DataKind.Number: records.SetNumber(handle, property.Ordinal, value.Number); break;
            case DataKind.Bool: records.SetBool(handle, property.Ordinal, value.Bool); break;
            case DataKind.Date or DataKind.DateTime: records.SetTicks(handle, property.Ordinal, value.Ticks); break;
            case DataKind.Enum: records.SetEnumCode(handle, property.Ordinal, value.Code); break;
            default: records.SetString(handle, property.Ordinal, value.Text!); break;
        }
    }

    private sealed record Binding(PropertySymbol Property, int Slot, string Column, ValueMap? Values, TextPool? Pool);
}
