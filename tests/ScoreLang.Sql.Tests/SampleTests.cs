using ScoreLang.Semantics;
using ScoreLang.Sql.Execution;
using ScoreLang.Sql.Tests.Support;
using ScoreLang.Syntax;
using Xunit;

namespace ScoreLang.Sql.Tests;

/// <summary>
/// Every sample score (samples/*.score, bound by the real parser and binder) on the records of its in-file tests:
/// DuckDB and PostgreSQL agree with the reference evaluator, which the in-file expectations check in their turn.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SampleTests
{
    private readonly PostgresServer _server;

    public SampleTests(PostgresServer server)
    {
        _server = server;
    }

    public static TheoryData<string, string> Tests()
    {
        var data = new TheoryData<string, string>();
        foreach (var score in Samples.Value.Scores)
        {
            foreach (var test in score.Tests)
            {
                data.Add(score.Name, test.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Tests))]
    public void SampleTest_OnDuckDb_AgreesWithTheEvaluator(string score, string test)
    {
        using var engine = DuckDbScoreEngine.Open();
        Run(engine, score, test);
    }

    [SkippableTheory]
    [MemberData(nameof(Tests))]
    public void SampleTest_OnPostgres_AgreesWithTheEvaluator(string score, string test)
    {
        using var engine = PostgresScoreEngine.Open(_server.RequireConnectionString(), new SqlTableMapping { SchemaName = "samples" });
        Run(engine, score, test);
    }

    private static void Run(SqlScoreEngine engine, string scoreName, string testName)
    {
        var program = Samples.Value;
        var score = program.FindScore(scoreName)!;
        var test = score.Tests.Single(t => t.Name == testName);
        Differential.AssertAgrees(engine, program, score, [test.Record], test.AsOf);
    }

    /// <summary>Every sample score file bound together (with crm.schema).</summary>
    public static BoundProgram Program => Samples.Value;

    private static readonly Lazy<BoundProgram> Samples = new(() =>
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "samples");
        var resolver = new InMemorySourceResolver();
        foreach (var file in Directory.GetFiles(folder))
        {
            resolver.Add(Path.GetFileName(file), File.ReadAllText(file));
        }

        var trees = Directory.GetFiles(folder, "*.score").Order(StringComparer.Ordinal)
            .Select(file => SyntaxTree.Parse(resolver.TryRead(Path.GetFileName(file))!));
        var compilation = Compilation.Create(trees, resolver);
        return compilation.HasErrors
            ? throw new InvalidOperationException(string.Join("\n", compilation.Diagnostics))
            : compilation.Program;
    });
}
