using System.Data.Common;
using Npgsql;
using NpgsqlTypes;
using ScoreLang.Semantics;
using ScoreLang.Sql.Mapping;

namespace ScoreLang.Sql.Execution;

/// <summary>
/// A PostgreSQL server (14 or later) through Npgsql. Data is loaded with binary COPY; the events and lists tables get
/// an index on <c>record_id</c> and every table fresh statistics, so the score queries join by index.
/// Timestamps are <c>timestamp without time zone</c> holding UTC times, whatever the session's time zone.
/// </summary>
public sealed class PostgresScoreEngine : SqlScoreEngine
{
    private readonly NpgsqlConnection _connection;

    private PostgresScoreEngine(NpgsqlConnection connection, SqlTableMapping mapping)
        : base(connection, SqlDialect.PostgreSql, mapping)
    {
        _connection = connection;
    }

    /// <summary>Connects with an Npgsql connection string (<c>Host=127.0.0.1;Port=5432;Username=...;Database=...</c>).</summary>
    public static PostgresScoreEngine Open(string connectionString, SqlTableMapping? mapping = null)
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            connection.Open();
            return new PostgresScoreEngine(connection, mapping ?? SqlTableMapping.Default);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private protected override void BulkInsert(TableData table)
    {
        var columns = string.Join(", ", table.Columns.Select(c => Dialect.QuoteIdentifier(c.Name)));
        using var writer = _connection.BeginBinaryImport($"COPY {table.QualifiedName} ({columns}) FROM STDIN (FORMAT BINARY)");
        foreach (var values in table.Rows)
        {
            writer.StartRow();
            for (var i = 0; i < values.Length; i++)
            {
                var value = values[i];
                if (value is null)
                {
                    writer.WriteNull();
                    continue;
                }

                switch (table.Columns[i].Kind)
                {
                    case DataKind.Number:
                        writer.Write((double)value, NpgsqlDbType.Double);
                        break;
                    case DataKind.Bool:
                        writer.Write((bool)value, NpgsqlDbType.Boolean);
                        break;
                    case DataKind.Date:
                        writer.Write(DateOnly.FromDateTime((DateTime)value), NpgsqlDbType.Date);
                        break;
                    case DataKind.DateTime:
                        writer.Write(DateTime.SpecifyKind((DateTime)value, DateTimeKind.Unspecified), NpgsqlDbType.Timestamp);
                        break;
                    default:
                        writer.Write(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!, NpgsqlDbType.Text);
                        break;
                }
            }
        }

        writer.Complete();
    }

    private protected override void AfterLoad(SqlSchemaLayout layout)
    {
        var recordId = layout.Column(SqlTableMapping.RecordIdColumn);
        Execute($"CREATE INDEX ON {layout.EventsTable} ({recordId}, {layout.Column(SqlTableMapping.TypeColumn)})");
        Execute($"CREATE INDEX ON {layout.ListsTable} ({recordId})");
        foreach (var recordType in layout.RecordTypes)
        {
            Execute($"CREATE INDEX ON {layout.RecordTable(recordType.Name)} ({layout.Column(SqlTableMapping.IdColumn)})");
            Execute($"ANALYZE {layout.RecordTable(recordType.Name)}");
        }

        Execute($"ANALYZE {layout.EventsTable}");
        Execute($"ANALYZE {layout.ListsTable}");
    }

    /// <summary>The "C" collation sorts by byte, which for UTF-8 is code point order, whatever the database's collation.</summary>
    private protected override string OrdinalOrder(string column) => $"{column} COLLATE \"C\"";

    private protected override DbParameter AsOfParameter(DateTime asOf) =>
        new NpgsqlParameter { Value = DateTime.SpecifyKind(asOf, DateTimeKind.Unspecified), NpgsqlDbType = NpgsqlDbType.Timestamp };
}
