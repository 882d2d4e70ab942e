using CsCheck;
using ScoreLang.Evaluation;
using ScoreLang.Semantics;
using ScoreLang.Sql.Execution;
using ScoreLang.Sql.Tests.Generators;
using ScoreLang.Sql.Tests.Support;
using Xunit;

namespace ScoreLang.Sql.Tests;

/// <summary>
/// Generated models and data (CsCheck): DuckDB and PostgreSQL give, for every record, the reference evaluator's
/// scored/unscored, score, engagement, fit, every group and the tier. SCORELANG_SQL_ITERATIONS sets how many cases run
/// (default 60 on DuckDB, 25 on PostgreSQL, to stay quick on a shared 2-core machine).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class DifferentialTests
{
    private readonly PostgresServer _server;

    public DifferentialTests(PostgresServer server)
    {
        _server = server;
    }

    public static TheoryData<string> RecordTypes => ["contact", "company"];

    [Theory]
    [MemberData(nameof(RecordTypes))]
    public void GeneratedModels_OnDuckDb_AgreeWithTheReferenceEvaluator(string recordType)
    {
        using var engine = DuckDbScoreEngine.Open();
        Check(engine, recordType, Iterations(60));
    }

    [SkippableTheory]
    [MemberData(nameof(RecordTypes))]
    public void GeneratedModels_OnPostgres_AgreeWithTheReferenceEvaluator(string recordType)
    {
        using var engine = PostgresScoreEngine.Open(_server.RequireConnectionString(), new SqlTableMapping { SchemaName = "generated_" + recordType });
        Check(engine, recordType, Iterations(25));
    }

    private static void Check(SqlScoreEngine engine, string recordType, int iterations) =>
        Cases(recordType).Sample(
            c =>
            {
                if (Differential.Disagreement(engine, new BoundProgram(TestSchema.Schema, [c.Score]), c.Score, c.Records, c.AsOf) is { } problem)
                {
                    throw new Xunit.Sdk.XunitException(problem);
                }
            },
            iter: iterations,
            threads: 1,
            print: c => $"{c.Score.Kind} score as of {c.AsOf:O} over {c.Records.Length} records:\n"
                + string.Join("\n", c.Records.Select(Differential.Describe)));

    private static Gen<(ScoreSymbol Score, RecordData[] Records, DateTime AsOf)> Cases(string recordType) =>
        from asOf in Gen.OneOfConst(DataGen.AsOfDates)
        from score in new ScoreGen(recordType, asOf).Score()
        from records in recordType == "contact" ? new DataGen(asOf).Contacts() : new DataGen(asOf).Companies()
        select (score, records, asOf);

    private static int Iterations(int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable("SCORELANG_SQL_ITERATIONS"), out var n) && n > 0 ? n : fallback;
}
