using ScoreLang.Data.Manifest;
using ScoreLang.Runtime.Building;

namespace ScoreLang.Data.Reading;

/// <summary>
/// Matches the schema names a loader needs to a file's columns (through the manifest's column mapping) and selects
/// them in the source. A required name (an id, an event's type) or a name the manifest mapped explicitly must be in the
/// file; other names may be absent (their values are unknown). Formats without a header (JSON Lines) are checked row by
/// row instead.
/// </summary>
internal static class ColumnBinding
{
    /// <summary>The slot of each name, or -1 for a name the file does not have.</summary>
    public static int[] Bind(LoadContext context, IRowSource source, FileSpec spec, IReadOnlyList<string> names, IReadOnlySet<string> required)
    {
        var columns = new List<string>();
        var slots = new int[names.Count];
        var fileColumns = source.ColumnNames;
        for (var i = 0; i < names.Count; i++)
        {
            var column = spec.ColumnOf(names[i]);
            var present = fileColumns is null || fileColumns.Contains(column, StringComparer.Ordinal);
            if (!present && (required.Contains(names[i]) || spec.IsMapped(names[i])))
            {
                throw context.Fatal(DataIssueKind.MissingColumn, MissingMessage(names[i], column, fileColumns!, spec), new DataLocation(source.Path, 0, column, source.NumbersRows));
            }

            slots[i] = present ? columns.Count : -1;
            if (present)
            {
                columns.Add(column);
            }
        }

        source.Select(columns);
        return slots;
    }

    private static string MissingMessage(string name, string column, IReadOnlyList<string> fileColumns, FileSpec spec)
    {
        var available = fileColumns.Count == 0 ? "the file has no header row" : "its columns: " + Summarize(fileColumns);
        var fix = spec.IsMapped(name)
            ? "correct the manifest's column mapping"
            : $"name a column '{name}', or map it in a manifest (\"columns\": {{ \"{name}\": \"<your column>\" }})";
        return $"The file has no column '{column}' ({available}): {fix}.";
    }

    private static string Summarize(IReadOnlyList<string> columns) =>
        columns.Count <= 12 ? string.Join(", ", columns) : string.Join(", ", columns.Take(12)) + $", ... ({columns.Count} in all)";
}
