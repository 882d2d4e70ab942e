namespace ScoreLang.Data.Manifest;

/// <summary>
/// One data file and how its columns map to the schema: <see cref="Columns"/> maps a schema name (a property, an
/// attribute, or one of <c>id</c>, <c>record_id</c>, <c>type</c>, <c>timestamp</c>, <c>list</c>) to the file's column;
/// unmapped names are looked up as they are. <see cref="Values"/> maps raw cell texts per schema name.
/// </summary>
internal sealed record FileSpec(
    string Path,
    DataFormat Format,
    char? Delimiter,
    IReadOnlyDictionary<string, string> Columns,
    IReadOnlyDictionary<string, ValueMap> Values)
{
    public static FileSpec Conventional(string path, DataFormat format) =>
        new(path, format, null, new Dictionary<string, string>(StringComparer.Ordinal), new Dictionary<string, ValueMap>(StringComparer.Ordinal));

    /// <summary>The file column that holds a schema name.</summary>
    public string ColumnOf(string schemaName) => Columns.TryGetValue(schemaName, out var column) ? column : schemaName;

    /// <summary>Whether the manifest named the column explicitly (then it must exist in the file).</summary>
    public bool IsMapped(string schemaName) => Columns.ContainsKey(schemaName);

    public ValueMap? ValuesOf(string schemaName) => Values.TryGetValue(schemaName, out var map) ? map : null;
}

/// <summary>
/// The records of one record type come from <see cref="File"/>; with <see cref="IdFromRow"/> each record's id is its
/// data row number instead of an id column (the manifest's <c>"idFromRow": true</c>).
/// </summary>
internal sealed record RecordFileSpec(string RecordType, FileSpec File, bool IdFromRow = false);

/// <summary>An events file; when <see cref="EventType"/> is set every row is of that type and no type column is read.</summary>
internal sealed record EventFileSpec(FileSpec File, string? EventType);

/// <summary>Every file to read: record files first, then events and lists (which refer to records by id).</summary>
internal sealed record DataManifest(IReadOnlyList<RecordFileSpec> Records, IReadOnlyList<EventFileSpec> Events, IReadOnlyList<FileSpec> Lists);
