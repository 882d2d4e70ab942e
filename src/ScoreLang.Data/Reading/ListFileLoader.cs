using ScoreLang.Data.Manifest;
using ScoreLang.Runtime.Building;

namespace ScoreLang.Data.Reading;

/// <summary>
/// Reads a static list membership file: <c>list</c> and <c>record_id</c> columns (S4). A row naming a list that is not
/// a static list of the schema, or a record that is not in the data, is reported and skipped. Runs after the record
/// files.
/// </summary>
internal static class ListFileLoader
{
    private static readonly HashSet<string> Required = ["list", "record_id"];

    public static void Load(LoadContext context, FileSpec file)
    {
        using var source = IRowSource.Open(file.Path, file.Format, file.Delimiter);
        var report = context.BeginFile(source, "lists");
        var slots = ColumnBinding.Bind(context, source, file, ["list", "record_id"], Required);
        var lists = context.Schema.Lists.Values.ToDictionary(l => l.Name, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var (listColumn, idColumn) = (file.ColumnOf("list"), file.ColumnOf("record_id"));
        while (source.Read())
        {
            if (source.RowError is { } rowError)
            {
                report.Report(DataIssueKind.MalformedRow, $"The row was skipped: {rowError}.", column: null);
                report.Skip();
                continue;
            }

            if (slots[0] < 0 || !CellConverter.TryGetText(source, slots[0], file.ValuesOf("list"), out var listName))
            {
                report.Report(DataIssueKind.MissingValue, "The row names no list; it was skipped.", listColumn);
                report.Skip();
                continue;
            }

            if (!lists.TryGetValue(listName, out var list) || !list.IsStatic)
            {
                var why = list is null ? "is not a list of the schema" : "is defined by a condition (its members are computed, not read)";
                report.Report(DataIssueKind.UnknownList, $"'{CellConverter.Quote(listName)}' {why}; the row was skipped.", listColumn);
                report.Skip();
                continue;
            }

            if (slots[1] < 0 || !CellConverter.TryGetText(source, slots[1], file.ValuesOf("record_id"), out var recordId))
            {
                report.Report(DataIssueKind.MissingValue, "The row has no record_id; it was skipped.", idColumn);
                report.Skip();
                continue;
            }

            if (!context.Builder.Records(list.RecordTypeName).Contains(recordId))
            {
                report.Report(
                    DataIssueKind.OrphanListMember,
                    $"List '{list.Name}' names {list.RecordTypeName} '{CellConverter.Quote(recordId)}', which is not in the {list.RecordTypeName} data; the row was skipped.",
                    idColumn);
                report.Skip();
                continue;
            }

            context.Builder.AddListMember(list.Name, recordId.ToString());
            report.EndRow();
        }

        report.EndFile();
    }
}
