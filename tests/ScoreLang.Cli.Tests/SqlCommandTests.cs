using Xunit;

namespace ScoreLang.Cli.Tests;

/// <summary><c>scorelang sql</c> through the real process: every dialect, a file output, a fixed as-of date, bad options.</summary>
public sealed class SqlCommandTests
{
    private static readonly string Samples = Path.Combine(CliRunner.RepositoryRoot(), "samples");

    [Theory]
    [InlineData("duckdb", "PREPARE \"score_contact_engagement\" AS", "Generated for DuckDB")]
    [InlineData("postgres", "PREPARE \"score_contact_engagement\" (TIMESTAMP) AS", "Generated for PostgreSQL")]
    [InlineData("spark", "CREATE OR REPLACE TEMPORARY VIEW `score_contact_engagement` AS", "Generated for Spark SQL")]
    public void Sql_EachDialect_PrintsOneStatementPerScoreCommentedWithItsLines(string dialect, string statement, string header)
    {
        var result = CliRunner.Run(Samples, "sql", "lead-scoring.score", "--dialect", dialect);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(statement, result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains(statement.Replace("contact_engagement", "contact_fit", StringComparison.Ordinal), result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains(header, result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("-- lead-scoring.score:13: event call_started +15", result.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.StandardError);
    }

    [Fact]
    public void Sql_Output_WritesTheSameScriptToTheFile()
    {
        using var folder = new TemporaryDirectory();
        var file = Path.Combine(folder.Path, "out", "combined.postgres.sql");

        var printed = CliRunner.Run(Samples, "sql", "combined.score", "--dialect", "postgres");
        var written = CliRunner.Run(Samples, "sql", "combined.score", "--dialect", "postgres", "--output", file);

        Assert.True(written.ExitCode == 0, written.ToString());
        Assert.Equal($"Wrote 1 PostgreSQL query to {file}.", written.StandardOutput.Trim());
        Assert.Equal(printed.StandardOutput, File.ReadAllText(file));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(file)!));
    }

    [Fact]
    public void Sql_AsOfAndCreateTables_GiveAScriptThatRunsAsIs()
    {
        var result = CliRunner.Run(Samples, "sql", "lead-scoring.score", "--dialect", "duckdb", "--as-of", "2024-07-01", "--create-tables", "--sql-schema", "crm");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("CREATE TABLE \"crm\".", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE \"crm\".\"contact\" (", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE \"crm\".\"events\" (", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("SELECT TIMESTAMP '2024-07-01 00:00:00.000000' AS as_of", result.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("PREPARE", result.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("$1", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Sql_NameTooLongForPostgres_IsSL6003WithFileAndLine_AndNothingIsWritten()
    {
        using var folder = new TemporaryDirectory();
        File.Copy(Path.Combine(Samples, "crm.schema"), Path.Combine(folder.Path, "crm.schema"));
        var name = "score_" + new string('x', 70);
        folder.Write(
            "long.score",
            $"import \"crm.schema\"\n\nscore {name} for contact \"Long\" {{\n  kind fit\n  group profile \"Profile\" {{\n    when job_title contains \"director\" +10\n  }}\n}}\n");
        var file = Path.Combine(folder.Path, "long.sql");

        var postgres = CliRunner.Run(folder.Path, "sql", "long.score", "--dialect", "postgres", "--output", file);
        var duckdb = CliRunner.Run(folder.Path, "sql", "long.score", "--dialect", "duckdb");

        Assert.Equal(1, postgres.ExitCode);
        Assert.Contains("long.score(3,7): error SL6003:", postgres.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
        Assert.True(duckdb.ExitCode == 0, duckdb.ToString());
    }

    [Fact]
    public void Sql_UnknownDialect_IsOneClearLineAndExitTwo()
    {
        var result = CliRunner.Run(Samples, "sql", "lead-scoring.score", "--dialect", "oracle");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("scorelang: --dialect 'oracle' is not known: write duckdb, postgres or spark.", result.StandardError.Trim());
    }
}
