using ScoreLang.Diagnostics;
using ScoreLang.Evaluation;
using ScoreLang.Semantics;
using ScoreLang.Sql.Execution;
using ScoreLang.Sql.Tests.Support;
using ScoreLang.Syntax;
using ScoreLang.Text;
using Xunit;
using static ScoreLang.Sql.Tests.Support.Models;
using ValueType = ScoreLang.Semantics.ValueType;

namespace ScoreLang.Sql.Tests;

/// <summary>
/// Injection: names and texts full of quotes, backslashes, comment markers, line breaks, semicolons, parameter and
/// variable markers stay data. The hostile model runs on DuckDB and PostgreSQL and agrees with the evaluator, and a
/// canary table survives; the Spark script keeps every hostile text inside a literal or a quoted name.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class HostileNameTests
{
    private const string Evil = "x\"; DROP TABLE canary; --";
    private const string EvilText = "o'hara\\'); DROP TABLE canary; -- */ /* $1 ${as_of} \u2028 é";

    private static readonly SourceText EvilSource = SourceText.From("score x {}\n", "dir*/ DROP TABLE canary; --\n/evil.score");

    private static readonly RecordTypeSymbol Person = TestSchema.Record("per'son" + Evil, ("na\"me", ValueType.String), ("bo`ss", ValueType.Bool), ("a\\ge", ValueType.Number));

    private static readonly EventTypeSymbol Clicked = TestSchema.Event("click'ed\n--", Person.Name, ("ur;l", ValueType.String));

    private static readonly SchemaModel Schema = TestSchema.With(
        [Person], [Clicked], [new ListSymbol("li'st */", Person.Name, null, null, TestSchema.Here)]);

    private static readonly ScoreSymbol Score = new(
        "sc'ore",
        "Title */ DROP",
        ScoreKind.Engagement,
        Person.Name,
        null,
        false,
        new ScoreOutputs("s", "t", null, null),
        [new BoundFilter(true, "li'st */", null, TestSchema.Here)],
        [
            new GroupSymbol("gr\"oup\n-- */", null, ScorePart.Engagement, null, null,
            [
                new BoundEventRule(Clicked, Compare(new BoundAttributeAccess(Clicked.Attributes[0], default), ComparisonOperator.Contains, Const(EvilText)),
                    null, null, false, 5, null, new SourceLocation(EvilSource, new TextSpan(0, 5)), "event x where url contains \"*/\n DROP TABLE canary; --\" +5"),
                new BoundPropertyRule(Compare(new BoundPropertyAccess(Person.Properties[0], null, default), ComparisonOperator.Equal, Const(EvilText)),
                    3, new SourceLocation(EvilSource, new TextSpan(0, 5)), "when name == \"\n; DROP TABLE canary\" +3"),
                new BoundPropertyRule(new BoundTruth(new BoundPropertyAccess(Person.Properties[1], null, default), default), 1, TestSchema.Here, "when boss +1"),
            ], TestSchema.Here),
            new GroupSymbol("score", null, ScorePart.Engagement, null, null,
                [new BoundPropertyRule(Compare(new BoundPropertyAccess(Person.Properties[2], null, default), ComparisonOperator.Greater, Const(1.0)), 2, TestSchema.Here, "age")],
                TestSchema.Here),
        ],
        [Thresholds(null, ("l'abel\\", 0, 4), ("*/--", 5, null))],
        [],
        new SourceLocation(EvilSource, new TextSpan(0, 5)));

    private static readonly BoundProgram Program = new(Schema, [Score]);

    private readonly PostgresServer _server;

    public HostileNameTests(PostgresServer server)
    {
        _server = server;
    }

    private static IReadOnlyList<RecordData> People() =>
    [
        RecordData.Create("id'1", Person.Name).With("na\"me", EvilText).With("bo`ss", true).With("a\\ge", 3.0)
            .WithEvent(Clicked.Name, Utc(2024, 1, 1), ("ur;l", "prefix " + EvilText.ToUpperInvariant() + " suffix")),
        RecordData.Create("id\"2; --", Person.Name).With("na\"me", "O'HARA\\'); drop table canary; -- */ /* $1 ${AS_OF} \u2028 É")
            .WithEvent(Clicked.Name, Utc(2024, 1, 1), ("ur;l", "nothing")),
        RecordData.Create("id*/3", Person.Name).With("na\"me", EvilText).InList("li'st */"),
    ];

    [Fact]
    public void HostileModel_OnDuckDb_AgreesWithTheEvaluator_AndTheCanarySurvives()
    {
        using var engine = DuckDbScoreEngine.Open();
        Execute(engine, "CREATE TABLE canary (x INTEGER)");

        Differential.AssertAgrees(engine, Program, Score, People(), Utc(2024, 6, 1));
        Assert.Equal(5.0 + 3 + 1 + 2, engine.Run(Program, Score, Utc(2024, 6, 1)).Find("id'1")!.Score);
        Execute(engine, "SELECT COUNT(*) FROM canary");
    }

    [SkippableFact]
    public void HostileModel_OnPostgres_AgreesWithTheEvaluator_AndTheCanarySurvives()
    {
        using var engine = PostgresScoreEngine.Open(_server.RequireConnectionString(), new SqlTableMapping { SchemaName = "hostile\"; --" });
        Execute(engine, "CREATE TABLE IF NOT EXISTS canary (x INTEGER)");

        Differential.AssertAgrees(engine, Program, Score, People(), Utc(2024, 6, 1));
        Execute(engine, "SELECT COUNT(*) FROM canary");
    }

    [Theory]
    [InlineData("duckdb")]
    [InlineData("postgres")]
    public void HostileModel_GeneratedSql_KeepsCommentsOnOneLineAndClosed(string dialect)
    {
        var result = SqlGenerator.Generate(Program, SqlDialect.FromName(dialect)!);
        var sql = Assert.Single(result.Queries).Sql;
        Assert.Contains(" DROP TABLE canary", sql, StringComparison.Ordinal); // the hostile texts are there, inside literals and comments

        // Outside literals, quoted names and comments there is only generated code; comments hold no block markers.
        var (code, comments) = SqlSplitter.Split(sql);
        Assert.DoesNotContain("canary", code, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("DROP", code, StringComparison.OrdinalIgnoreCase);
        Assert.NotEmpty(comments);
        Assert.All(comments, comment =>
        {
            Assert.StartsWith("--", comment, StringComparison.Ordinal);
            Assert.DoesNotContain("*/", comment, StringComparison.Ordinal);
            Assert.DoesNotContain("/*", comment, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void HostileModel_ForSpark_RefusesNamesSparkWouldSubstitute_AndEscapesTexts()
    {
        var result = SqlGenerator.Generate(Program, SqlDialect.Spark);

        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var sql = Assert.Single(result.Queries).Sql;
        Assert.Contains(@"'o\'hara\\\'); DROP TABLE canary; -- */ /* \u00241 \u0024{as_of} \u2028 é'", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("${as_of} \u2028", sql, StringComparison.Ordinal);
        var (code, _) = SqlSplitter.Split(sql, backslashEscapes: true);
        Assert.DoesNotContain("canary", code, StringComparison.OrdinalIgnoreCase);

        var substituted = new BoundProgram(Schema, [Score with { Groups = [Score.Groups[0] with { Name = "g${x}" }] }]);
        var refused = SqlGenerator.Generate(substituted, SqlDialect.Spark);
        Assert.False(refused.Success);
        Assert.Equal("SL6003", Assert.Single(refused.Diagnostics).Code);
    }

    private static void Execute(SqlScoreEngine engine, string sql)
    {
        using var command = engine.Connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
