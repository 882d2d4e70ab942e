using ScoreLang.Data.Manifest;
using ScoreLang.Data.Reading;
using ScoreLang.Runtime.Building;
using ScoreLang.Semantics;

namespace ScoreLang.Data;

/// <summary>
/// Reads a data folder or manifest (docs/data-format.md) into <see cref="Runtime.ScoringData"/> for a schema. Files are
/// streamed (never read whole), and only the columns the schema declares are decoded. Record files are read first
/// (targets of associations before the records that point at them), then events and lists, so that every reference
/// is checked where it is written. Bad rows are reported with file, line (or Parquet row) and column; a fatal problem
/// or more bad rows than <see cref="LoadOptions.MaxErrors"/> throws a <see cref="DataLoadException"/>.
/// </summary>
public static class DataSetLoader
{
    public static LoadResult Load(SchemaModel schema, DataSource source, LoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(source);
        var manifest = source.IsManifest ? ManifestParser.Load(source.Path, schema) : FolderLayout.Discover(source.Path, schema);
        var context = new LoadContext(schema, options ?? LoadOptions.Default);

        // A record type without a file is complete (empty) from the start: references to it are checked at once.
        var loaded = schema.Records.Keys.Except(manifest.Records.Select(r => r.RecordType)).ToHashSet(StringComparer.Ordinal);
        var pending = new PendingAssociations();
        foreach (var spec in TargetsFirst(manifest.Records, schema))
        {
            Read(context, spec.File, () => RecordFileLoader.Load(context, spec, loaded, pending));
            loaded.Add(spec.RecordType);
        }

        pending.Check(context.Builder);
        foreach (var spec in manifest.Events)
        {
            Read(context, spec.File, () => EventFileLoader.Load(context, spec));
        }

        foreach (var spec in manifest.Lists)
        {
            Read(context, spec, () => ListFileLoader.Load(context, spec));
        }

        return new LoadResult(context.Builder.Build(), context.Files);
    }

    /// <summary>Runs a file loader, turning I/O and format failures into one clear error that names the file.</summary>
    private static void Read(LoadContext context, FileSpec file, Action load)
    {
        if (!File.Exists(file.Path))
        {
            throw context.Fatal(DataIssueKind.MissingFile, "The data file does not exist.", new DataLocation(file.Path));
        }

        try
        {
            load();
        }
        catch (Exception error) when (error is IOException or InvalidDataException or UnauthorizedAccessException or FormatException
            or Parquet.ParquetException or Sylvan.Data.Csv.CsvFormatException or NotSupportedException)
        {
            var location = context.Current is { } current && current.Path == file.Path ? current.Here() : new DataLocation(file.Path);
            throw context.Fatal(DataIssueKind.UnreadableFile, $"The file cannot be read as {Describe(file.Format)}: {error.Message}", location, error);
        }
    }

    private static string Describe(DataFormat format) => format switch
    {
        DataFormat.Csv => "CSV",
        DataFormat.JsonLines => "JSON Lines",
        _ => "Parquet",
    };

    /// <summary>Record files ordered so that a type comes after the types its associations point at (cycles keep file order).</summary>
    private static List<RecordFileSpec> TargetsFirst(IReadOnlyList<RecordFileSpec> records, SchemaModel schema)
    {
        var byType = records.ToDictionary(r => r.RecordType, StringComparer.Ordinal);
        var ordered = new List<RecordFileSpec>(records.Count);
        var visited = new HashSet<string>(StringComparer.Ordinal);

        void Visit(RecordFileSpec spec)
        {
            if (!visited.Add(spec.RecordType))
            {
                return;
            }

            foreach (var property in schema.Records[spec.RecordType].Properties)
            {
                if (property.Type.TargetRecordType is { } target && byType.TryGetValue(target, out var targetSpec))
                {
                    Visit(targetSpec);
                }
            }

            ordered.Add(spec);
        }

        foreach (var spec in records)
        {
            Visit(spec);
        }

        return ordered;
    }
}
