using System.Data.Common;
using ScoreLang.Cli.Infrastructure;
using ScoreLang.Sql;
using ScoreLang.Sql.Execution;

namespace ScoreLang.Cli.Engines;

/// <summary>
/// The session settings of <c>run --engine duckdb</c>: a folder to spill to and an optional memory limit, so data
/// larger than memory completes (an in-memory DuckDB database has no temp_directory of its own); UTC as the session
/// time zone, so Parquet timestamps with a time zone are read as ScoreLang's reader reads them.
/// </summary>
internal static class DuckDbSettings
{
    public static void Apply(SqlScoreEngine duckDb, RunEngine engine)
    {
        var temp = engine.TempDirectory ?? Path.Combine(Path.GetTempPath(), "scorelang-duckdb");
        Set(duckDb, "temp_directory", temp, "--duckdb-temp-directory");
        if (engine.MemoryLimit is { } limit)
        {
            Set(duckDb, "memory_limit", limit, "--duckdb-memory-limit");
        }

        try
        {
            using var command = duckDb.Connection.CreateCommand();
            command.CommandText = "SET TimeZone = 'UTC'";
            command.ExecuteNonQuery();
        }
        catch (DbException)
        {
            // Without the ICU extension there are no session time zones: TIMESTAMPTZ already casts as UTC then.
        }
    }

    private static void Set(SqlScoreEngine duckDb, string setting, string value, string option)
    {
        try
        {
            using var command = duckDb.Connection.CreateCommand();
            command.CommandText = $"SET {setting} = {SqlDialect.DuckDb.StringLiteral(value)}";
            command.ExecuteNonQuery();
        }
        catch (Exception e) when (e is DbException or ArgumentException)
        {
            duckDb.Dispose();
            throw new UserErrorException($"DuckDB does not accept {option} '{value}': {e.Message.Split('\n')[0]}", e);
        }
    }
}
