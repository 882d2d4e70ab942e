using ScoreLang.Data;
using ScoreLang.Evaluation;
using ScoreLang.Sql.Execution;
using ScoreLang.Sql.Tests.Support;
using Xunit;

namespace ScoreLang.Sql.Tests;

/// <summary>
/// End to end on files: samples/data (CSV in the conventional layout) read by the data reader, loaded into DuckDB and
/// PostgreSQL, every sample score run there as of two dates; each record agrees with the reference evaluator.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SampleDataTests
{
    private static readonly DateTime[] AsOfDates = [Models.Utc(2024, 9, 1), Models.Utc(2025, 1, 31, 12)];

    private readonly PostgresServer _server;

    public SampleDataTests(PostgresServer server)
    {
        _server = server;
    }

    [Fact]
    public void SampleData_OnDuckDb_AgreesWithTheEvaluatorForEveryScoreAndRecord()
    {
        using var engine = DuckDbScoreEngine.Open();
        AssertAgrees(engine);
    }

    [SkippableFact]
    public void SampleData_OnPostgres_AgreesWithTheEvaluatorForEveryScoreAndRecord()
    {
        using var engine = PostgresScoreEngine.Open(_server.RequireConnectionString(), new SqlTableMapping { SchemaName = "sample_data" });
        AssertAgrees(engine);
    }

    private static void AssertAgrees(SqlScoreEngine engine)
    {
        var program = SampleTests.Program;
        var data = DataSetLoader.Load(program.Schema, DataSource.Folder(Path.Combine(AppContext.BaseDirectory, "samples", "data"))).Data;
        engine.Load(data);
        foreach (var score in program.Scores)
        {
            var records = ScoringDataRecords.Of(data, score.RecordTypeName);
            Assert.NotEmpty(records);
            foreach (var asOf in AsOfDates)
            {
                var results = engine.Run(program, score, asOf);
                Assert.Equal(records.Count, results.Rows.Length);
                foreach (var record in records)
                {
                    var expected = ReferenceEvaluator.Evaluate(program, score, record, asOf);
                    var row = results.Find(record.Id)!;
                    Assert.True(expected.IsScored == row.IsScored, $"{score.Name} {record.Id}: scored {expected.IsScored} vs {row.IsScored}");
                    Assert.True(Same(expected.Score, row.Score), $"{score.Name} {record.Id} as of {asOf:O}: score {expected.Score} vs {row.Score}");
                    Assert.True(expected.Tier == row.Tier, $"{score.Name} {record.Id}: tier {expected.Tier} vs {row.Tier}");
                    foreach (var group in expected.Groups)
                    {
                        Assert.True(Same(group.Value, results.GroupValue(row, group.Name)), $"{score.Name} {record.Id}: group {group.Name}");
                    }
                }
            }
        }
    }

    private static bool Same(double? expected, double? actual) =>
        expected.HasValue == actual.HasValue && (!expected.HasValue || Math.Abs(expected.Value - actual!.Value) <= TestRunner.Tolerance);
}
