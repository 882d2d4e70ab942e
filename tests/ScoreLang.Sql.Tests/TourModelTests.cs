using ScoreLang.Sql.Execution;
using ScoreLang.Sql.Tests.Support;
using Xunit;

namespace ScoreLang.Sql.Tests;

/// <summary>The tour model on hand-picked records: DuckDB and PostgreSQL agree with the reference evaluator on every value.</summary>
[Collection(PostgresCollection.Name)]
public sealed class TourModelTests
{
    private readonly PostgresServer _server;

    public TourModelTests(PostgresServer server)
    {
        _server = server;
    }

    public static TheoryData<string> Scores => ["lead", "legacy", "fit"];

    [Theory]
    [MemberData(nameof(Scores))]
    public void ContactScores_OnDuckDb_AgreeWithTheEvaluator(string score)
    {
        using var engine = DuckDbScoreEngine.Open();
        Differential.AssertAgrees(engine, TourModel.Program, TourModel.Program.FindScore(score)!, TourData.Contacts(), TourData.AsOf);
    }

    [Fact]
    public void CompanyEngagement_CountsContactsEvents_OnDuckDb_S2()
    {
        using var engine = DuckDbScoreEngine.Open();
        Differential.AssertAgrees(engine, TourModel.Program, TourModel.CompanyEngagement, TourData.Companies(), TourData.AsOf);
    }

    [SkippableTheory]
    [MemberData(nameof(Scores))]
    public void ContactScores_OnPostgres_AgreeWithTheEvaluator(string score)
    {
        using var engine = PostgresScoreEngine.Open(_server.RequireConnectionString(), new SqlTableMapping { SchemaName = "tour_" + score });
        Differential.AssertAgrees(engine, TourModel.Program, TourModel.Program.FindScore(score)!, TourData.Contacts(), TourData.AsOf);
    }

    [SkippableFact]
    public void CompanyEngagement_CountsContactsEvents_OnPostgres_S2()
    {
        using var engine = PostgresScoreEngine.Open(_server.RequireConnectionString(), new SqlTableMapping { SchemaName = "tour_company" });
        Differential.AssertAgrees(engine, TourModel.Program, TourModel.CompanyEngagement, TourData.Companies(), TourData.AsOf);
    }
}
