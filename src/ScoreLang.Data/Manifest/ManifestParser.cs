using System.Text.Json;
using ScoreLang.Runtime.Building;
using ScoreLang.Semantics;

namespace ScoreLang.Data.Manifest;

/// <summary>
/// Reads a JSON data manifest (docs/data-format.md) and checks it against the schema, so that a typo in a record type,
/// property or column name is an error that names the manifest entry, not silently unknown data. Paths are relative to
/// the manifest file.
/// </summary>
internal static class ManifestParser
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static DataManifest Load(string manifestPath, SchemaModel schema)
    {
        if (!File.Exists(manifestPath))
        {
            throw Fail(manifestPath, "The data manifest does not exist.", DataIssueKind.MissingFile);
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(manifestPath), DocumentOptions);
            var folder = Path.GetDirectoryName(Path.GetFullPath(manifestPath))!;
            return Parse(document.RootElement, folder, schema, manifestPath);
        }
        catch (JsonException error)
        {
            var location = new DataLocation(manifestPath, (error.LineNumber ?? 0) + 1);
            throw new DataLoadException(new DataIssue(DataIssueKind.InvalidManifest, $"The manifest is not valid JSON: {error.Message}") { Location = location });
        }
    }

    private static DataManifest Parse(JsonElement root, string folder, SchemaModel schema, string manifestPath)
    {
        Expect(root, JsonValueKind.Object, "the manifest", manifestPath);
        var records = new List<RecordFileSpec>();
        var events = new List<EventFileSpec>();
        var lists = new List<FileSpec>();
        foreach (var section in root.EnumerateObject())
        {
            switch (section.Name)
            {
                case "records":
                    Expect(section.Value, JsonValueKind.Object, "records", manifestPath);
                    foreach (var entry in section.Value.EnumerateObject())
                    {
                        var where = $"records.{entry.Name}";
                        if (!schema.Records.TryGetValue(entry.Name, out var recordType))
                        {
                            throw Fail(manifestPath, $"{where}: the schema has no record type '{entry.Name}' (it has: {Names(schema.Records.Keys)}).");
                        }

                        var allowed = recordType.Properties.Select(p => p.Name).Append("id");
                        var file = ParseFile(entry.Value, where, folder, allowed, manifestPath, "id", "idFromRow");
                        records.Add(new RecordFileSpec(entry.Name, file, IdFromRow(entry.Value, file, where, manifestPath)));
                    }

                    break;
                case "events":
                    var eventNames = schema.Events.Values.SelectMany(e => e.Attributes).Select(a => a.Name)
                        .Concat(["record_id", "type", "timestamp"]).ToArray();
                    foreach (var (entry, index) in Items(section.Value, "events", manifestPath))
                    {
                        var where = $"events[{index}]";
                        string? type = null;
                        if (entry.TryGetProperty("type", out var typeElement))
                        {
                            type = Text(typeElement, where + ".type", manifestPath);
                            if (!schema.Events.ContainsKey(type))
                            {
                                throw Fail(manifestPath, $"{where}.type: the schema has no event type '{type}' (it has: {Names(schema.Events.Keys)}).");
                            }
                        }

                        events.Add(new EventFileSpec(ParseFile(entry, where, folder, eventNames, manifestPath, "type"), type));
                    }

                    break;
                case "lists":
                    foreach (var (entry, index) in Items(section.Value, "lists", manifestPath))
                    {
                        lists.Add(ParseFile(entry, $"lists[{index}]", folder, ["list", "record_id"], manifestPath));
                    }

                    break;
                default:
                    throw Fail(manifestPath, $"'{section.Name}' is not a manifest section: use records, events and lists.");
            }
        }

        if (records.Count == 0)
        {
            throw Fail(manifestPath, "The manifest names no record file: add a \"records\" section.");
        }

        return new DataManifest(records, events, lists);
    }

    private static FileSpec ParseFile(JsonElement entry, string where, string folder, IEnumerable<string> names, string manifestPath, params string[] extraKeys)
    {
        Expect(entry, JsonValueKind.Object, where, manifestPath);
        var allowed = names.ToHashSet(StringComparer.Ordinal);
        string? file = null;
        char? delimiter = null;
        var columns = new Dictionary<string, string>(StringComparer.Ordinal);
        var values = new Dictionary<string, ValueMap>(StringComparer.Ordinal);
        foreach (var property in entry.EnumerateObject())
        {
            var at = $"{where}.{property.Name}";
            switch (property.Name)
            {
                case "file":
                    file = Text(property.Value, at, manifestPath);
                    break;
                case "delimiter":
                    var text = Text(property.Value, at, manifestPath);
                    delimiter = text.Length == 1 ? text[0] : throw Fail(manifestPath, $"{at}: a delimiter is one character, such as \";\".");
                    break;
                case "columns":
                    foreach (var column in Members(property.Value, at, manifestPath))
                    {
                        columns[Known(column.Name, allowed, at, manifestPath)] = Text(column.Value, $"{at}.{column.Name}", manifestPath);
                    }

                    break;
                case "values":
                    foreach (var column in Members(property.Value, at, manifestPath))
                    {
                        var mappings = Members(column.Value, $"{at}.{column.Name}", manifestPath)
                            .Select(m => KeyValuePair.Create(m.Name, m.Value.ValueKind == JsonValueKind.Null ? null : Text(m.Value, $"{at}.{column.Name}.{m.Name}", manifestPath)));
                        values[Known(column.Name, allowed, at, manifestPath)] = new ValueMap(mappings);
                    }

                    break;
                case "id" when extraKeys.Contains("id"):
                    columns["id"] = Text(property.Value, at, manifestPath);
                    break;
                default:
                    if (!extraKeys.Contains(property.Name))
                    {
                        throw Fail(manifestPath, $"{at}: unknown key; a file entry has file, columns, values and delimiter{(extraKeys.Length > 0 ? ", " + string.Join(", ", extraKeys) : "")}.");
                    }

                    break;
            }
        }

        if (file is null)
        {
            throw Fail(manifestPath, $"{where}: the entry has no \"file\".");
        }

        var path = Path.GetFullPath(Path.Combine(folder, file));
        if (!DataFormats.TryFromPath(path, out var format))
        {
            throw Fail(manifestPath, $"{where}.file: '{file}' is not a .csv, .jsonl or .parquet file.");
        }

        return new FileSpec(path, format, delimiter, columns, values);
    }

    /// <summary>
    /// <c>"idFromRow": true</c>: the export has no id column (public data sets often have none, and may repeat a row
    /// exactly), so each record's id is its data row number, 1 for the first row after the header.
    /// </summary>
    private static bool IdFromRow(JsonElement entry, FileSpec file, string where, string manifestPath)
    {
        if (!entry.TryGetProperty("idFromRow", out var flag))
        {
            return false;
        }

        if (flag.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            throw Fail(manifestPath, $"{where}.idFromRow: expected true or false, found {flag.ValueKind.ToString().ToLowerInvariant()}.");
        }

        if (flag.GetBoolean() && file.IsMapped("id"))
        {
            throw Fail(manifestPath, $"{where}: give either \"id\" (the id column) or \"idFromRow\": true, not both.");
        }

        return flag.GetBoolean();
    }

    private static string Known(string name, HashSet<string> allowed, string where, string manifestPath) =>
        allowed.Contains(name) ? name : throw Fail(manifestPath, $"{where}: '{name}' is not a name of the schema here (expected one of: {Names(allowed)}).");

    private static IEnumerable<(JsonElement Entry, int Index)> Items(JsonElement element, string where, string manifestPath)
    {
        Expect(element, JsonValueKind.Array, where, manifestPath);
        return element.EnumerateArray().Select((e, i) => (e, i));
    }

    private static JsonElement.ObjectEnumerator Members(JsonElement element, string where, string manifestPath)
    {
        Expect(element, JsonValueKind.Object, where, manifestPath);
        return element.EnumerateObject();
    }

    private static string Text(JsonElement element, string where, string manifestPath)
    {
        Expect(element, JsonValueKind.String, where, manifestPath);
        return element.GetString()!;
    }

    private static void Expect(JsonElement element, JsonValueKind kind, string where, string manifestPath)
    {
        if (element.ValueKind != kind)
        {
            var expected = kind switch { JsonValueKind.Object => "an object", JsonValueKind.Array => "an array", _ => "a string" };
            throw Fail(manifestPath, $"{where}: expected {expected}, found {element.ValueKind.ToString().ToLowerInvariant()}.");
        }
    }

    private static string Names(IEnumerable<string> names) => string.Join(", ", names.Order(StringComparer.Ordinal));

    private static DataLoadException Fail(string manifestPath, string message, DataIssueKind kind = DataIssueKind.InvalidManifest) =>
        new(new DataIssue(kind, message) { Location = new DataLocation(manifestPath) });
}
