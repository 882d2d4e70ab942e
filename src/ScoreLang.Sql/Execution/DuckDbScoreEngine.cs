using System.Data.Common;
using DuckDB.NET.Data;
using ScoreLang.Semantics;

namespace ScoreLang.Sql.Execution;

/// <summary>
/// Embedded DuckDB (DuckDB.NET): an in-memory database by default, or a database file for data larger than memory
/// (<c>Data Source=/path/scores.duckdb</c>). Data is loaded with DuckDB's appender.
/// </summary>
public sealed class DuckDbScoreEngine : SqlScoreEngine
{
    private readonly DuckDBConnection _connection;

    private DuckDbScoreEngine(DuckDBConnection connection, SqlTableMapping mapping)
        : base(connection, SqlDialect.DuckDb, mapping)
    {
        _connection = connection;
    }

    /// <summary>Opens DuckDB with <paramref name="connectionString"/> (default: a private in-memory database).</summary>
    public static DuckDbScoreEngine Open(string connectionString = "Data Source=:memory:", SqlTableMapping? mapping = null)
    {
        var connection = new DuckDBConnection(connectionString);
        try
        {
            connection.Open();
            return new DuckDbScoreEngine(connection, mapping ?? SqlTableMapping.Default);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private protected override void BulkInsert(TableData table)
    {
        using var appender = table.Schema is null ? _connection.CreateAppender(table.Name) : _connection.CreateAppender(table.Schema, table.Name);
        foreach (var values in table.Rows)
        {
            var row = appender.CreateRow();
            for (var i = 0; i < values.Length; i++)
            {
                var value = values[i];
                _ = value is null
                    ? row.AppendNullValue()
                    : table.Columns[i].Kind switch
                    {
                        DataKind.Number => row.AppendValue((double?)value),
                        DataKind.Bool => row.AppendValue((bool?)value),
                        DataKind.Date => row.AppendValue((DateOnly?)DateOnly.FromDateTime((DateTime)value)),
                        DataKind.DateTime => row.AppendValue((DateTime?)DateTime.SpecifyKind((DateTime)value, DateTimeKind.Unspecified)),
                        _ => row.AppendValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)),
                    };
            }

            row.EndRow();
        }
    }

    private protected override DbParameter AsOfParameter(DateTime asOf) =>
        new DuckDBParameter(DateTime.SpecifyKind(asOf, DateTimeKind.Unspecified));
}
