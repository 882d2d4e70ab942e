using ScoreLang.Runtime.Building;
using ScoreLang.Semantics;

namespace ScoreLang.Data.Reading;

/// <summary>
/// Associations whose target type was not read yet when their record was (a cycle of associations, or a record type
/// that refers to itself). They are checked once every record file is read: a target id that is not in the data is
/// reported at the cell it came from and the association is made unknown.
/// </summary>
internal sealed class PendingAssociations
{
    private readonly List<Entry> _entries = [];

    public int Count => _entries.Count;

    public void Add(RecordBatchBuilder records, int handle, PropertySymbol property, string targetId, FileReport report, DataLocation location) =>
        _entries.Add(new Entry(records, handle, property, targetId, report, location));

    public void Check(ScoringDataBuilder builder)
    {
        foreach (var entry in _entries)
        {
            if (!builder.Records(entry.Property.Type.TargetRecordType!).Contains(entry.TargetId))
            {
                entry.Records.SetUnknown(entry.Handle, entry.Property.Ordinal);
                entry.Report.ReportLate(DataIssueKind.MissingAssociatedRecord, Message(entry.Property, entry.TargetId), entry.Location);
            }
        }

        _entries.Clear();
    }

    public static string Message(PropertySymbol property, ReadOnlySpan<char> targetId)
    {
        var target = property.Type.TargetRecordType;
        return $"{property.OwnerName}.{property.Name} names {target} '{CellConverter.Quote(targetId)}', which is not in the {target} data; the association is left unknown.";
    }

    private sealed record Entry(RecordBatchBuilder Records, int Handle, PropertySymbol Property, string TargetId, FileReport Report, DataLocation Location);
}
