using DuckDB.NET.Data;
using Xunit;

namespace ScoreLang.Cli.Tests.DirectRead;

/// <summary>
/// <c>run --engine duckdb</c> reading the files with DuckDB itself, through the real process: the same output file as
/// the .NET engine on the samples and on generated data as CSV and as typed Parquet; a bad row or a JSON Lines file
/// sends the run back to ScoreLang's reader with a message, and the bad row is reported with its line as always.
/// </summary>
public sealed class RunDirectReadTests
{
    private const string FellBack = "reading the data with ScoreLang's reader";

    private static readonly string Samples = Path.Combine(CliRunner.RepositoryRoot(), "samples");

    [Theory]
    [InlineData("lead-scoring.score")]
    [InlineData("company.score")]
    public void Run_DuckDbEngine_ReadsTheSampleFilesItself(string model)
    {
        using var folder = new TemporaryDirectory();

        var (dotnet, duckdb) = RunBoth(folder, model, Path.Combine(Samples, "data"));

        Assert.DoesNotContain(FellBack, duckdb.Result.StandardError, StringComparison.Ordinal);
        Assert.Equal(dotnet.Output, duckdb.Output);
    }

    [Fact]
    public void Run_DuckDbEngine_OnGeneratedCsvAndTypedParquet_WritesTheDotNetFile()
    {
        using var folder = new TemporaryDirectory();
        var csv = Path.Combine(folder.Path, "csv");
        var generated = CliRunner.Run(Samples, "generate", "crm.schema", "--records", "400", "--events-per-record", "6", "--seed", "11", "--out", csv);
        Assert.True(generated.ExitCode == 0, generated.ToString());
        var parquet = Path.Combine(folder.Path, "parquet");
        ToTypedParquet(csv, parquet);

        foreach (var data in new[] { csv, parquet })
        {
            var (dotnet, duckdb) = RunBoth(folder, "lead-scoring.score", data);

            Assert.DoesNotContain(FellBack, duckdb.Result.StandardError, StringComparison.Ordinal);
            Assert.Equal(dotnet.Output, duckdb.Output);
        }
    }

    [Fact]
    public void Run_DuckDbEngine_WithABadCell_FallsBackAndReportsItsLine()
    {
        using var folder = new TemporaryDirectory();
        var data = CopySamples(folder);
        File.AppendAllText(Path.Combine(data, "company.csv"), "company-bad,Bad Co,software,many,1,DE\n");

        var (dotnet, duckdb) = RunBoth(folder, "company.score", data);

        Assert.Contains(FellBack, duckdb.Result.StandardError, StringComparison.Ordinal);
        var report = dotnet.Result.StandardError.Split('\n').Single(l => l.Contains("SL6008", StringComparison.Ordinal));
        Assert.Contains(report, duckdb.Result.StandardError, StringComparison.Ordinal);
        Assert.Equal(dotnet.Output, duckdb.Output);
    }

    [Fact]
    public void Run_DuckDbEngine_OnJsonLines_FallsBackWithTheReason()
    {
        using var folder = new TemporaryDirectory();
        var data = CopySamples(folder);
        var lists = File.ReadAllLines(Path.Combine(data, "lists.csv")).Skip(1).Select(l => l.Split(','));
        File.WriteAllLines(Path.Combine(data, "lists.jsonl"), lists.Select(l => $$"""{"list": "{{l[0]}}", "record_id": "{{l[1]}}"}"""));
        File.Delete(Path.Combine(data, "lists.csv"));

        var (dotnet, duckdb) = RunBoth(folder, "lead-scoring.score", data);

        Assert.Contains("JSON Lines", duckdb.Result.StandardError, StringComparison.Ordinal);
        Assert.Equal(dotnet.Output, duckdb.Output);
    }

    private static string CopySamples(TemporaryDirectory folder)
    {
        var data = Path.Combine(folder.Path, "data");
        Directory.CreateDirectory(data);
        foreach (var file in Directory.GetFiles(Path.Combine(Samples, "data")))
        {
            File.Copy(file, Path.Combine(data, Path.GetFileName(file)));
        }

        return data;
    }

    /// <summary>DuckDB's own typing of the generated CSV (numbers, bools, dates, timestamps with a time zone) written as Parquet.</summary>
    private static void ToTypedParquet(string csvFolder, string parquetFolder)
    {
        Directory.CreateDirectory(parquetFolder);
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        foreach (var file in Directory.GetFiles(csvFolder, "*.csv"))
        {
            var target = Path.Combine(parquetFolder, Path.GetFileNameWithoutExtension(file) + ".parquet");
            using var command = connection.CreateCommand();
            command.CommandText = $"COPY (SELECT * FROM read_csv('{file.Replace("'", "''", StringComparison.Ordinal)}')) TO '{target.Replace("'", "''", StringComparison.Ordinal)}' (FORMAT parquet)";
            command.ExecuteNonQuery();
        }
    }

    private static (Outcome DotNet, Outcome DuckDb) RunBoth(TemporaryDirectory folder, string model, string data)
    {
        Outcome Run(string engine)
        {
            var output = Path.Combine(folder.Path, $"{engine}-{Guid.NewGuid():N}.csv");
            var result = CliRunner.Run(Samples, "run", model, "--data", data, "--as-of", "2024-07-01", "--out", output, "--engine", engine);
            Assert.True(result.ExitCode == 0, result.ToString());
            return new Outcome(result, File.ReadAllText(output));
        }

        return (Run("dotnet"), Run("duckdb"));
    }

    private sealed record Outcome(CliResult Result, string Output);
}
