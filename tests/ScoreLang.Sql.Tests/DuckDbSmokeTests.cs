using ScoreLang.Semantics;
using ScoreLang.Sql.Execution;
using ScoreLang.Sql.Tests.Support;
using Xunit;
using static ScoreLang.Sql.Tests.Support.Models;

namespace ScoreLang.Sql.Tests;

public sealed class DuckDbSmokeTests
{
    [Fact]
    public void WorkedExample_SalesTenMarketingNineteen_ScoreTwentyNine()
    {
        var sales = Group("sales", 60, Event(TestSchema.Form, 10));
        var marketing = Group("marketing", 40, Event(TestSchema.EmailOpen, 2), Event(TestSchema.Visit, 5));
        var score = Score("engagement", ScoreKind.Engagement, 100, [sales, marketing], thresholds: [Thresholds(null, ("high", 70, 100), ("low", 0, 69))]);
        var asOf = Utc(2024, 6, 1);
        var contact = Records.Contact("c1")
            .WithEvent("form", asOf.AddDays(-1))
            .WithEvent("email_open", asOf.AddDays(-2)).WithEvent("email_open", asOf.AddDays(-3))
            .WithEvent("visit", asOf.AddDays(-1)).WithEvent("visit", asOf.AddDays(-1)).WithEvent("visit", asOf.AddDays(-1));
        using var engine = DuckDbScoreEngine.Open();

        Differential.AssertAgrees(engine, Program(score), score, [contact], asOf);
        var row = engine.Run(Program(score), score, asOf).Find("c1")!;
        Assert.Equal(29, row.Score);
        Assert.Equal("low", row.Tier);
    }
}
