using ScoreLang.Runtime.Building;
using ScoreLang.Semantics;

namespace ScoreLang.Data.Manifest;

/// <summary>
/// The conventional data folder (docs/data-format.md): <c>&lt;record type&gt;.&lt;ext&gt;</c> per record type,
/// <c>events.&lt;ext&gt;</c> and <c>lists.&lt;ext&gt;</c>, each optional, in any supported format. A record type without
/// a file has no records; a folder without any record file is an error (it is most likely the wrong folder).
/// </summary>
internal static class FolderLayout
{
    public static DataManifest Discover(string folder, SchemaModel schema)
    {
        if (!Directory.Exists(folder))
        {
            throw Fail(DataIssueKind.MissingFile, folder, "The data folder does not exist: give the folder that holds the data files, or a manifest (.json).");
        }

        var records = new List<RecordFileSpec>();
        foreach (var recordType in schema.Records.Keys.Order(StringComparer.Ordinal))
        {
            if (Find(folder, recordType) is { } file)
            {
                records.Add(new RecordFileSpec(recordType, file));
            }
        }

        if (records.Count == 0)
        {
            var expected = string.Join(", ", schema.Records.Keys.Order(StringComparer.Ordinal).Select(r => r + ".csv"));
            throw Fail(
                DataIssueKind.MissingFile,
                folder,
                $"The data folder has no record file: expected one of {expected} (or .jsonl, .parquet), or use a manifest (.json) that names the files.");
        }

        var events = Find(folder, "events") is { } eventsFile ? new[] { new EventFileSpec(eventsFile, null) } : [];
        var lists = Find(folder, "lists") is { } listsFile ? new[] { listsFile } : [];
        return new DataManifest(records, events, lists);
    }

    /// <summary>The one file named <paramref name="name"/> with a supported extension; two of them are ambiguous.</summary>
    private static FileSpec? Find(string folder, string name)
    {
        FileSpec? found = null;
        foreach (var extension in DataFormats.Extensions)
        {
            var path = Path.Combine(folder, name + extension);
            if (!File.Exists(path))
            {
                continue;
            }

            if (found is not null)
            {
                throw Fail(
                    DataIssueKind.InvalidManifest,
                    path,
                    $"Both {Path.GetFileName(found.Path)} and {Path.GetFileName(path)} are in the data folder: keep one of them.");
            }

            DataFormats.TryFromPath(path, out var format);
            found = FileSpec.Conventional(path, format);
        }

        return found;
    }

    private static DataLoadException Fail(DataIssueKind kind, string path, string message) =>
        new(new DataIssue(kind, message) { Location = new DataLocation(path) });
}
