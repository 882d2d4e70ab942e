using Npgsql;
using Xunit;

namespace ScoreLang.Cli.Tests;

/// <summary>
/// <c>run --engine postgres --tables-exist</c> (score the tables already in the database, no --data) and
/// <c>--into-table</c> (one results table per score, replaced atomically), against the real server of
/// SCORELANG_POSTGRES (test.sh sets it up); skipped with that reason when there is none. Schema and table names are
/// hostile on purpose: quotes, a semicolon, a comment marker.
/// </summary>
public sealed class RunOnDatabaseTablesTests
{
    private const string HostileSchema = "cli \"tables\"; --x";

    private const string HostileTable = "res\"; DROP TABLE canary; --";

    private static readonly string Samples = Path.Combine(CliRunner.RepositoryRoot(), "samples");

    [SkippableFact]
    public void Run_TablesExistIntoTable_ScoresTheDatabaseTablesAndWritesOneTablePerScore()
    {
        var connection = Server();
        using var folder = new TemporaryDirectory();
        var expected = Path.Combine(folder.Path, "dotnet.csv");
        var actual = Path.Combine(folder.Path, "tables.csv");
        Succeed(CliRunner.Run(Samples, "run", "lead-scoring.score", "--data", "data", "--as-of", "2024-07-01", "--out", expected));
        Succeed(CliRunner.Run(Samples, "run", "lead-scoring.score", "--data", "data", "--as-of", "2024-07-01", "--engine", "postgres", "--connection", connection, "--sql-schema", HostileSchema));
        Sql(connection, $"CREATE TABLE IF NOT EXISTS {Quote(HostileSchema)}.canary (x int)");

        var result = Succeed(CliRunner.Run(Samples, "run", "lead-scoring.score", "--as-of", "2024-07-01", "--out", actual, "--engine", "postgres", "--connection", connection, "--sql-schema", HostileSchema, "--tables-exist", "--into-table", HostileTable));

        // The same records and values; the order is the ids' ordinal order (tables have no file order).
        Assert.Equal(Lines(expected), Lines(actual));
        Assert.Contains($"Wrote 301 rows of contact_engagement into the table {HostileSchema}.{HostileTable}_contact_engagement.", result.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(301L, Scalar(connection, $"SELECT count(*) FROM {Quote(HostileSchema)}.{Quote(HostileTable + "_contact_engagement")}"));
        Assert.Equal(29.0, Scalar(connection, $"SELECT score FROM {Quote(HostileSchema)}.{Quote(HostileTable + "_contact_engagement")} WHERE id = 'worked-example'"));
        Assert.Equal(0L, Scalar(connection, $"SELECT count(*) FROM {Quote(HostileSchema)}.canary"));
    }

    [SkippableFact]
    public void Run_IntoTableWhenTheQueryFails_KeepsTheEarlierTableAndNoHalfTable()
    {
        var connection = Server();
        const string schema = "cli_into_fails";
        Succeed(CliRunner.Run(Samples, "run", "lead-scoring.score", "--data", "data", "--as-of", "2024-07-01", "--engine", "postgres", "--connection", connection, "--sql-schema", schema, "--into-table", "scores"));
        // A column the queries read is gone: the run fails inside the transaction that replaces the table.
        Sql(connection, $"ALTER TABLE {schema}.events RENAME COLUMN \"timestamp\" TO happened_at");

        var failed = CliRunner.Run(Samples, "run", "lead-scoring.score", "--as-of", "2024-07-01", "--engine", "postgres", "--connection", connection, "--sql-schema", schema, "--tables-exist", "--into-table", "scores");

        Assert.Equal(2, failed.ExitCode);
        Assert.Contains("PostgreSQL failed", failed.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", failed.StandardError, StringComparison.Ordinal);
        Assert.Equal(301L, Scalar(connection, $"SELECT count(*) FROM {schema}.scores_contact_engagement"));
        Assert.Equal(0L, Scalar(connection, $"SELECT count(*) FROM information_schema.tables WHERE table_schema = '{schema}' AND table_name LIKE 'scorelang_new_%'"));
    }

    [SkippableFact]
    public void Run_TablesExistWithRepeatedIds_IsOneClearLineAndExitTwo()
    {
        var connection = Server();
        const string schema = "cli_repeated_ids";
        Succeed(CliRunner.Run(Samples, "run", "lead-scoring.score", "--data", "data", "--as-of", "2024-07-01", "--engine", "postgres", "--connection", connection, "--sql-schema", schema));
        Sql(connection, $"INSERT INTO {schema}.contact (id) VALUES ('worked-example')");

        var result = CliRunner.Run(Samples, "run", "lead-scoring.score", "--engine", "postgres", "--connection", connection, "--sql-schema", schema, "--tables-exist");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("repeated", result.StandardError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--tables-exist", "--data", "data")]
    [InlineData("--tables-exist", "--engine", "dotnet")]
    [InlineData("--into-table", "x", "--engine", "dotnet", "--data", "data")]
    [InlineData("--engine", "postgres", "--connection", "Host=127.0.0.1")]
    public void Run_DatabaseTableOptionsMisused_AreOneClearLineAndExitTwo(params string[] options)
    {
        var result = CliRunner.Run(Samples, ["run", "lead-scoring.score", .. options]);

        Assert.Equal(2, result.ExitCode);
        Assert.Matches("--tables-exist|--into-table|--data", result.StandardError);
        Assert.DoesNotContain("   at ", result.StandardError, StringComparison.Ordinal);
    }

    private static string Server()
    {
        var connection = Environment.GetEnvironmentVariable("SCORELANG_POSTGRES");
        if (string.IsNullOrEmpty(connection))
        {
            Assert.False(
                Environment.GetEnvironmentVariable("SCORELANG_REQUIRE_POSTGRES") == "1",
                "SCORELANG_REQUIRE_POSTGRES=1 but SCORELANG_POSTGRES names no server.");
            Skip.If(true, "PostgreSQL test skipped: SCORELANG_POSTGRES is not set (test.sh sets it when it can start a server).");
        }

        return connection!;
    }

    private static CliResult Succeed(CliResult result)
    {
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }

    private static List<string> Lines(string path) => [.. File.ReadAllLines(path).Order(StringComparer.Ordinal)];

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static void Sql(string connection, string sql)
    {
        using var database = new NpgsqlConnection(connection);
        database.Open();
        using var command = new NpgsqlCommand(sql, database);
        command.ExecuteNonQuery();
    }

    private static object? Scalar(string connection, string sql)
    {
        using var database = new NpgsqlConnection(connection);
        database.Open();
        using var command = new NpgsqlCommand(sql, database);
        return command.ExecuteScalar();
    }
}
