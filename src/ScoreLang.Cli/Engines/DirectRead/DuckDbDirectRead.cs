using System.Data.Common;
using System.Globalization;
using ScoreLang.Data;
using ScoreLang.Data.Manifest;
using ScoreLang.Runtime;
using ScoreLang.Runtime.Building;
using ScoreLang.Semantics;
using ScoreLang.Sql;
using ScoreLang.Sql.Execution;
using ScoreLang.Sql.Mapping;

namespace ScoreLang.Cli.Engines.DirectRead;

/// <summary>
/// <c>run --engine duckdb</c> over the data files themselves: DuckDB reads every CSV and Parquet file of the folder or
/// manifest (<c>read_csv</c> / <c>read_parquet</c>, cells converted by <see cref="CellSql"/> as ScoreLang's reader
/// converts them), counts in SQL the rows the reader would report, and when there are none fills the mapped tables
/// from the files; only the records' ids come into .NET (for the output file, in file order). When DuckDB cannot
/// give the reader's result for certain (a JSON Lines file, a bad row, which the reader reports with its line, a
/// Parquet type converted differently), <see cref="DirectReadUnavailableException"/> says why and the run reads the
/// data with ScoreLang's reader instead.
/// </summary>
internal sealed class DuckDbDirectRead
{
    private readonly SchemaModel _schema;
    private readonly DbConnection _connection;
    private readonly SqlSchemaLayout _layout;
    private readonly Dictionary<string, string> _recordTables = new(StringComparer.Ordinal);

    private DuckDbDirectRead(SchemaModel schema, DuckDbScoreEngine engine)
    {
        _schema = schema;
        _connection = engine.Connection;
        _layout = new SqlSchemaLayout(schema, engine.Mapping, SqlDialect.DuckDb);
    }

    /// <summary>The data set's manifest (a folder's conventional layout), or null when the reader should report what is wrong with it.</summary>
    public static DataManifest? Manifest(SchemaModel schema, string dataPath)
    {
        if (!File.Exists(dataPath) && !Directory.Exists(dataPath))
        {
            return null;
        }

        try
        {
            var source = DataSource.FromPath(dataPath);
            return source.IsManifest ? ManifestParser.Load(source.Path, schema) : FolderLayout.Discover(source.Path, schema);
        }
        catch (DataLoadException)
        {
            return null;
        }
    }

    /// <summary>The data folder or manifest at <paramref name="dataPath"/> read by DuckDB (see <see cref="Load(SchemaModel, DataManifest, DuckDbScoreEngine)"/>).</summary>
    public static (ScoringData Ids, RunCounts Counts) Load(SchemaModel schema, string dataPath, DuckDbScoreEngine engine) =>
        Manifest(schema, dataPath) is { } manifest
            ? Load(schema, manifest, engine)
            : throw new DirectReadUnavailableException($"'{dataPath}' is not a data folder or manifest that can be read");

    /// <summary>
    /// Fills the engine's mapped tables from the files of <paramref name="manifest"/> and returns the records' ids
    /// (as data without values) and the counts; throws <see cref="DirectReadUnavailableException"/> when it cannot.
    /// </summary>
    public static (ScoringData Ids, RunCounts Counts) Load(SchemaModel schema, DataManifest manifest, DuckDbScoreEngine engine)
    {
        try
        {
            return new DuckDbDirectRead(schema, engine).Load(manifest);
        }
        catch (Exception e) when (e is DbException or ArgumentException or IOException or UnauthorizedAccessException)
        {
            throw new DirectReadUnavailableException($"DuckDB could not read the data as ScoreLang's reader does ({FirstLine(e.Message)})", e);
        }
    }

    private (ScoringData Ids, RunCounts Counts) Load(DataManifest manifest)
    {
        if (!_layout.IsValid)
        {
            throw new DirectReadUnavailableException("the schema's names cannot be mapped to tables");
        }

        foreach (var macro in CellSql.Macros())
        {
            Execute(macro);
        }

        var files = new List<(string Table, string Insert)>();
        foreach (var spec in manifest.Records)
        {
            if (spec.IdFromRow)
            {
                throw new DirectReadUnavailableException($"{spec.File.Path}: the manifest numbers the records by row (idFromRow), which DuckDB's parallel reader does not");
            }

            var table = StagingSql.RecordTable(spec.RecordType);
            _recordTables.Add(spec.RecordType, table);
            var file = Open(spec.File, SqlTableMapping.IdColumn);
            Execute(StagingSql.StageRecords(table, _schema.Records[spec.RecordType], file));
            Require(StagingSql.CountRecordProblems(table), file, "rows without an id, with a duplicate id or with a value that does not fit");
            var columns = string.Join(", ", ["id", .. _schema.Records[spec.RecordType].Properties.Select(p => CellSql.Identifier(p.Name))]);
            files.Add((table, $"INSERT INTO {_layout.RecordTable(spec.RecordType)} ({columns}) SELECT {columns} FROM {table} ORDER BY rowid"));
        }

        foreach (var spec in manifest.Records)
        {
            foreach (var association in _schema.Records[spec.RecordType].Properties.Where(p => p.Type.Kind == DataKind.Association))
            {
                var target = association.Type.TargetRecordType!;
                Require(StagingSql.CountMissingTargets(_recordTables[spec.RecordType], association, _recordTables.GetValueOrDefault(target)), spec.File.Path, $"associations to a {target} that is not in the data");
            }
        }

        var eventColumns = _layout.EventColumns;
        var eventColumnList = string.Join(", ", ["record_id", "type", "\"timestamp\"", .. eventColumns.Select(c => CellSql.Identifier(c.Name))]);
        for (var i = 0; i < manifest.Events.Count; i++)
        {
            var spec = manifest.Events[i];
            var table = StagingSql.Name("events", i);
            var file = Open(spec.File, SqlTableMapping.RecordIdColumn, SqlTableMapping.TimestampColumn, spec.EventType is null ? SqlTableMapping.TypeColumn : null);
            IReadOnlyList<EventTypeSymbol> types = spec.EventType is { } only ? [_schema.Events[only]] : [.. _schema.Events.Values.OrderBy(e => e.Name, StringComparer.Ordinal)];
            Execute(StagingSql.StageEvents(table, types, spec.EventType, eventColumns, file));
            Require(StagingSql.CountBad(table), file, "events without a record id, a known type or a valid time, or with an attribute that does not fit");
            foreach (var byRecord in types.GroupBy(t => t.RecordTypeName, StringComparer.Ordinal))
            {
                Require(StagingSql.CountOrphans(table, "type", [.. byRecord.Select(t => t.Name)], _recordTables.GetValueOrDefault(byRecord.Key)), file, $"events of a {byRecord.Key} that is not in the data");
            }

            files.Add((table, $"INSERT INTO {_layout.EventsTable} ({eventColumnList}) SELECT {eventColumnList} FROM {table}"));
        }

        var staticLists = _schema.Lists.Values.Where(l => l.IsStatic).ToList();
        for (var i = 0; i < manifest.Lists.Count; i++)
        {
            var table = StagingSql.Name("lists", i);
            var file = Open(manifest.Lists[i], SqlTableMapping.ListColumn, SqlTableMapping.RecordIdColumn);
            Execute(StagingSql.StageLists(table, [.. staticLists.Select(l => l.Name).Order(StringComparer.Ordinal)], file));
            Require(StagingSql.CountBad(table), file, "rows without a static list of the schema or a record id");
            foreach (var byRecord in staticLists.GroupBy(l => l.RecordTypeName, StringComparer.Ordinal))
            {
                Require(StagingSql.CountOrphans(table, "list", [.. byRecord.Select(l => l.Name)], _recordTables.GetValueOrDefault(byRecord.Key)), file, $"members that are not in the {byRecord.Key} data");
            }

            files.Add((table, $"INSERT INTO {_layout.ListsTable} (list, record_id) SELECT list, record_id FROM {table}"));
        }

        // Only now, with every file known to be clean, are the mapped tables replaced.
        CreateTables();
        foreach (var (table, insert) in files)
        {
            Execute(insert);
            Execute($"DROP TABLE {table}");
        }

        return (Ids(manifest), new RunCounts(RecordCount(), Scalar($"SELECT count(*) FROM {_layout.EventsTable}"), 0));
    }

    private DataFileSql Open(FileSpec spec, params string?[] required)
    {
        var file = DataFileSql.Open(spec, _connection);
        if (required.Where(r => r is not null).Any(r => !file.Has(r!)) || spec.Columns.Keys.Any(name => !file.Has(name)))
        {
            throw new DirectReadUnavailableException($"{spec.Path} lacks a required or mapped column");
        }

        return file;
    }

    private void CreateTables()
    {
        if (_layout.Mapping.SchemaName is { } schema)
        {
            Execute($"CREATE SCHEMA IF NOT EXISTS {CellSql.Identifier(schema)}");
        }

        Execute($"DROP TABLE IF EXISTS {_layout.EventsTable}");
        Execute($"DROP TABLE IF EXISTS {_layout.ListsTable}");
        foreach (var recordType in _layout.RecordTypes)
        {
            Execute($"DROP TABLE IF EXISTS {_layout.RecordTable(recordType.Name)}");
        }

        foreach (var statement in new TableDefinitions(_layout).CreateStatements())
        {
            Execute(statement);
        }
    }

    /// <summary>The ids of every record type with a file, in file order (what the output is laid out by); no values.</summary>
    private ScoringData Ids(DataManifest manifest)
    {
        var builder = new ScoringDataBuilder(_schema);
        foreach (var spec in manifest.Records)
        {
            var records = builder.Records(spec.RecordType);
            using var command = _connection.CreateCommand();
            command.CommandText = $"SELECT id FROM {_layout.RecordTable(spec.RecordType)} ORDER BY rowid";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                records.Add(reader.GetString(0));
            }
        }

        return builder.Build();
    }

    private long RecordCount() => _layout.RecordTypes.Sum(r => Scalar($"SELECT count(*) FROM {_layout.RecordTable(r.Name)}"));

    private void Require(string countQuery, DataFileSql file, string what) => Require(countQuery, file.Path, what);

    private void Require(string countQuery, string path, string what)
    {
        var count = Scalar(countQuery);
        if (count > 0)
        {
            throw new DirectReadUnavailableException(string.Create(CultureInfo.InvariantCulture, $"{path} has {count} {what}, which ScoreLang's reader reports with their lines"));
        }
    }

    private long Scalar(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
