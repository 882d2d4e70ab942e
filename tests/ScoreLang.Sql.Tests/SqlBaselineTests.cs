using ScoreLang.Sql.Tests.Support;
using ScoreLang.Tests.Shared;
using Xunit;

namespace ScoreLang.Sql.Tests;

/// <summary>
/// The generated SQL of the tour model, per dialect, against checked-in baselines (Baselines/Sql). Spark cannot run
/// here: its baseline, and the building blocks it shares with the dialects that do run, are what covers it.
/// Regenerate with SCORELANG_UPDATE_BASELINES=1 and review the diff.
/// </summary>
public sealed class SqlBaselineTests
{
    [Theory]
    [InlineData("duckdb")]
    [InlineData("postgres")]
    [InlineData("spark")]
    public void TourModel_Script_MatchesBaseline(string dialectName)
    {
        var result = SqlGenerator.Generate(TourModel.Program, SqlDialect.FromName(dialectName)!);

        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Baseline.Match($"Sql/tour.{dialectName}.sql", result.ToScript());
    }

    [Theory]
    [InlineData("duckdb")]
    [InlineData("postgres")]
    [InlineData("spark")]
    public void TestSchema_Tables_MatchBaseline(string dialectName)
    {
        var result = SqlGenerator.CreateTables(TestSchema.Schema, SqlDialect.FromName(dialectName)!);

        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Baseline.Match($"Sql/tables.{dialectName}.sql", result.TablesScript!);
    }
}
