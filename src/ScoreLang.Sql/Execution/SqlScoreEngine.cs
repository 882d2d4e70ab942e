using System.Collections.Immutable;
using System.Data.Common;
using ScoreLang.Runtime;
using ScoreLang.Semantics;
using ScoreLang.Sql.Mapping;

namespace ScoreLang.Sql.Execution;

/// <summary>
/// Runs generated score queries inside a SQL engine over one connection: <see cref="Load"/> (re)creates the mapped
/// tables and bulk-loads a data set into them, <see cref="Run(ScoreQuery, DateTime)"/> executes a score's query as of a
/// date and reads the rows back, <see cref="WriteResults"/> writes them into a table instead. Not thread-safe: one
/// engine, one connection, one caller at a time.
/// </summary>
public abstract class SqlScoreEngine : IDisposable
{
    private protected SqlScoreEngine(DbConnection connection, SqlDialect dialect, SqlTableMapping mapping)
    {
        Connection = connection;
        Dialect = dialect;
        Mapping = mapping;
    }

    public SqlDialect Dialect { get; }

    public SqlTableMapping Mapping { get; }

    /// <summary>The open connection (for callers that want to look at the tables themselves).</summary>
    public DbConnection Connection { get; }

    /// <summary>
    /// Drops and creates the mapped tables of <paramref name="data"/>'s schema (in <see cref="SqlTableMapping.SchemaName"/>,
    /// created when missing) and loads every record, event and static list membership into them.
    /// </summary>
    /// <exception cref="SqlMappingException">The schema's names cannot be mapped for this engine.</exception>
    public void Load(ScoringData data)
    {
        var layout = new SqlSchemaLayout(data.Schema, Mapping, Dialect);
        if (!layout.IsValid)
        {
            throw new SqlMappingException(layout.Diagnostics);
        }

        if (Mapping.SchemaName is { } schema)
        {
            Execute($"CREATE SCHEMA IF NOT EXISTS {Dialect.QuoteIdentifier(schema)}");
        }

        var tables = new ScoringDataTables(layout, data).Tables().ToList();
        foreach (var table in tables)
        {
            Execute($"DROP TABLE IF EXISTS {table.QualifiedName}");
        }

        foreach (var statement in new TableDefinitions(layout).CreateStatements())
        {
            Execute(statement);
        }

        foreach (var table in tables)
        {
            BulkInsert(table);
        }

        AfterLoad(layout);
    }

    /// <summary>Generates the query of <paramref name="score"/> for this engine and runs it.</summary>
    /// <exception cref="SqlMappingException">The score cannot be written as SQL for this engine.</exception>
    public SqlScoreResults Run(BoundProgram program, ScoreSymbol score, DateTime asOf) => Run(Generate(program, score), asOf);

    /// <summary>Runs <paramref name="query"/> (generated for this engine's dialect, with the as-of parameter) as of <paramref name="asOf"/> (UTC).</summary>
    public SqlScoreResults Run(ScoreQuery query, DateTime asOf) => Read(query, asOf, sql: null);

    /// <summary>
    /// Runs <paramref name="query"/> as of <paramref name="asOf"/> into the table <paramref name="table"/> (in the
    /// mapping's schema), with the query's columns, and returns the number of rows written. The table is replaced
    /// atomically: the rows go into a new table that replaces the old one by a rename, in one transaction, so a reader
    /// sees the old rows or the new ones, never none or half of them (PostgreSQL and DuckDB have transactional DDL).
    /// </summary>
    public long WriteResults(ScoreQuery query, DateTime asOf, string table)
    {
        var target = Qualified(table);
        var staging = "scorelang_new_" + Guid.NewGuid().ToString("N", System.Globalization.CultureInfo.InvariantCulture)[..12];
        var columns = query.Columns.Select((column, index) =>
            $"{Dialect.QuoteIdentifier(column)} {(index is 0 or 4 ? Dialect.TextType : Dialect.DoubleType)}");
        using var transaction = Connection.BeginTransaction();
        Execute($"CREATE TABLE {Qualified(staging)} ({string.Join(", ", columns)})");
        using var insert = Command(query, asOf, $"INSERT INTO {Qualified(staging)}\n");
        var written = insert.ExecuteNonQuery();

        Execute($"DROP TABLE IF EXISTS {target}");
        Execute($"ALTER TABLE {Qualified(staging)} RENAME TO {Dialect.QuoteIdentifier(table)}");
        transaction.Commit();
        return written;
    }

    /// <summary>The rows of a table written by <see cref="WriteResults"/> for <paramref name="query"/>, read back.</summary>
    public SqlScoreResults ReadResults(ScoreQuery query, string table) =>
        Read(query, DateTime.MinValue, $"SELECT {string.Join(", ", query.Columns.Select(Dialect.QuoteIdentifier))} FROM {Qualified(table)}");

    /// <summary>
    /// The ids of the mapped table of <paramref name="recordType"/> (tables that already exist), in ordinal order.
    /// </summary>
    /// <exception cref="SqlMappingException">The table has empty (NULL) or repeated ids: records cannot be told apart.</exception>
    public IReadOnlyList<string> RecordIds(SchemaModel schema, string recordType)
    {
        var table = new SqlSchemaLayout(schema, Mapping, Dialect).RecordTable(recordType);
        var id = Dialect.QuoteIdentifier(SqlTableMapping.IdColumn);
        using var check = Connection.CreateCommand();
        check.CommandText = $"SELECT count(*) - count(DISTINCT {id}) FROM {table}";
        var problems = Convert.ToInt64(check.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        if (problems > 0)
        {
            throw new SqlMappingException($"{table} has {problems} rows with an empty or repeated {id}: the ids of a record type must be unique.");
        }

        using var command = Connection.CreateCommand();
        command.CommandText = $"SELECT {id} FROM {table} ORDER BY {OrdinalOrder(id)}";
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    /// <summary>The number of rows of the mapped events table.</summary>
    public long EventCount(SchemaModel schema)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {new SqlSchemaLayout(schema, Mapping, Dialect).EventsTable}";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        Connection.Dispose();
        GC.SuppressFinalize(this);
    }

    private protected abstract void BulkInsert(TableData table);

    /// <summary>An ORDER BY term that sorts text by code point, whatever the database's collation.</summary>
    private protected virtual string OrdinalOrder(string column) => column;

    /// <summary>The as-of date as the value of the query's one positional parameter.</summary>
    private protected abstract DbParameter AsOfParameter(DateTime asOf);

    /// <summary>What an engine does once the data is in (PostgreSQL: indexes and statistics).</summary>
    private protected virtual void AfterLoad(SqlSchemaLayout layout)
    {
    }

    private protected void Execute(string sql)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>The query's rows (<paramref name="sql"/> null) or the rows of another SELECT with the query's columns.</summary>
    private SqlScoreResults Read(ScoreQuery query, DateTime asOf, string? sql)
    {
        using var command = sql is null ? Command(query, asOf) : Connection.CreateCommand();
        if (sql is not null)
        {
            command.CommandText = sql;
        }

        using var reader = command.ExecuteReader();
        var rows = ImmutableArray.CreateBuilder<SqlScoreRow>();
        while (reader.Read())
        {
            rows.Add(ReadRow(reader, query.Groups.Length));
        }

        return new SqlScoreResults(query, asOf, rows.ToImmutable());
    }

    private string Qualified(string table) => Mapping.SchemaName is { } schema
        ? $"{Dialect.QuoteIdentifier(schema)}.{Dialect.QuoteIdentifier(table)}"
        : Dialect.QuoteIdentifier(table);

    private ScoreQuery Generate(BoundProgram program, ScoreSymbol score)
    {
        var result = SqlGenerator.Generate(program, score, Dialect, new SqlGenerationOptions { Mapping = Mapping });
        return result.Success && result.Queries.Length == 1 ? result.Queries[0] : throw new SqlMappingException(result.Diagnostics);
    }

    private DbCommand Command(ScoreQuery query, DateTime asOf, string prefix = "")
    {
        if (query.Dialect != Dialect)
        {
            throw new ArgumentException($"The query was generated for {query.Dialect.DisplayName}, not {Dialect.DisplayName}.", nameof(query));
        }

        var command = Connection.CreateCommand();
        command.CommandText = prefix + query.Sql;
        if (query.HasAsOfParameter)
        {
            command.Parameters.Add(AsOfParameter(asOf));
        }

        return command;
    }

    private static SqlScoreRow ReadRow(DbDataReader reader, int groupCount)
    {
        double? Number(int ordinal) => reader.IsDBNull(ordinal) ? null : Convert.ToDouble(reader.GetValue(ordinal), System.Globalization.CultureInfo.InvariantCulture);
        var groups = ImmutableArray.CreateBuilder<double?>(groupCount);
        for (var g = 0; g < groupCount; g++)
        {
            groups.Add(Number(5 + g));
        }

        return new SqlScoreRow(
            reader.GetString(0),
            Number(1),
            Number(2),
            Number(3),
            reader.IsDBNull(4) ? null : reader.GetString(4),
            groups.MoveToImmutable());
    }
}
