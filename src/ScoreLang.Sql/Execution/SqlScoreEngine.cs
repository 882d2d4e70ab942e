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
    public SqlScoreResults Run(ScoreQuery query, DateTime asOf)
    {
        using var command = Command(query, asOf);
        using var reader = command.ExecuteReader();
        var rows = ImmutableArray.CreateBuilder<SqlScoreRow>();
        while (reader.Read())
        {
            rows.Add(ReadRow(reader, query.Groups.Length));
        }

        return new SqlScoreResults(query, asOf, rows.ToImmutable());
    }

    /// <summary>
    /// Runs <paramref name="query"/> as of <paramref name="asOf"/> into the table <paramref name="table"/> (in the
    /// mapping's schema; replaced when it exists), with the query's columns. Returns the number of rows written.
    /// </summary>
    public long WriteResults(ScoreQuery query, DateTime asOf, string table)
    {
        var qualified = Mapping.SchemaName is { } schema
            ? $"{Dialect.QuoteIdentifier(schema)}.{Dialect.QuoteIdentifier(table)}"
            : Dialect.QuoteIdentifier(table);
        var columns = query.Columns.Select((column, index) =>
            $"{Dialect.QuoteIdentifier(column)} {(index is 0 or 4 ? Dialect.TextType : Dialect.DoubleType)}");
        Execute($"DROP TABLE IF EXISTS {qualified}");
        Execute($"CREATE TABLE {qualified} ({string.Join(", ", columns)})");
        using var command = Command(query, asOf, $"INSERT INTO {qualified}\n");
        return command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        Connection.Dispose();
        GC.SuppressFinalize(this);
    }

    private protected abstract void BulkInsert(TableData table);

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
