using ScoreLang.Runtime;
using ScoreLang.Runtime.Output;
using ScoreLang.Semantics;
using ScoreLang.Sql;
using ScoreLang.Sql.Execution;

namespace ScoreLang.Benchmarks.Contenders;

/// <summary>
/// The SQL that ScoreLang.Sql generates from the benchmark model (the same queries <c>scorelang run --engine</c> runs),
/// on DuckDB in process or on the PostgreSQL server of SCORELANG_POSTGRES. Before timing, the data is loaded into the
/// mapped tables (appender / binary COPY, indexes and statistics); a timed run executes every score's query and reads
/// its rows back into the output. Beside the hand-written DuckDB SQL, its time is the cost of portability: SQL written
/// for every engine from the model instead of by hand for one.
/// </summary>
internal sealed class GeneratedSqlScorer : IScorer, IDisposable
{
    /// <summary>The schema the PostgreSQL contender replaces its tables in (never the user's own tables).</summary>
    public const string PostgresSchema = "scorelang_bench";

    private readonly SqlScoreEngine _engine;
    private readonly ScoringData _data;
    private readonly DateTime _asOf;
    private readonly IReadOnlyList<ScoreQuery> _queries;

    private GeneratedSqlScorer(string name, SqlScoreEngine engine, BoundProgram program, ScoringData data, DateTime asOf)
    {
        Name = name;
        _engine = engine;
        _data = data;
        _asOf = asOf;
        var generated = SqlGenerator.Generate(program, engine.Dialect, new SqlGenerationOptions { Mapping = engine.Mapping });
        _queries = generated.Success
            ? generated.Queries
            : throw new InvalidOperationException("The benchmark model cannot be written as SQL: " + string.Join("; ", generated.Diagnostics));
        engine.Load(data);
    }

    public string Name { get; }

    /// <summary>The generated SQL sums decayed points by event time, the hand-written loop by its own order: last bits may differ.</summary>
    public double Tolerance => 1e-9;

    public IReadOnlyList<int>? Rows => null;

    public static GeneratedSqlScorer DuckDb(BoundProgram program, ScoringData data, DateTime asOf) =>
        new("DuckDB (generated SQL)", DuckDbScoreEngine.Open(), program, data, asOf);

    /// <summary>On the server of SCORELANG_POSTGRES, or null when it is not set (the contender is then left out).</summary>
    public static GeneratedSqlScorer? Postgres(BoundProgram program, ScoringData data, DateTime asOf) =>
        ConnectionString is { } connection
            ? new("PostgreSQL (generated SQL)", PostgresScoreEngine.Open(connection, new SqlTableMapping { SchemaName = PostgresSchema }), program, data, asOf)
            : null;

    /// <summary>SCORELANG_POSTGRES (an Npgsql connection string, test.sh sets it), or null.</summary>
    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable("SCORELANG_POSTGRES") is { Length: > 0 } value ? value : null;

    public void Score(ScoringOutput output)
    {
        foreach (var query in _queries)
        {
            var columns = output[query.ScoreName];
            var results = _engine.Run(query, _asOf);
            var ids = _data.RecordsOf(query.RecordType).Ids;
            for (var row = 0; row < ids.Length; row++)
            {
                Write(columns, row, results.Find(ids[row]));
            }
        }
    }

    public void Dispose() => _engine.Dispose();

    /// <summary>One record's values; an unscored record (S20) is cleared, since outputs are reused between runs.</summary>
    private static void Write(ScoreColumns columns, int row, SqlScoreRow? found)
    {
        var scored = found is { IsScored: true };
        columns.Scored[row] = scored;
        columns.Values[row] = scored ? found!.Score!.Value : 0;
        if (columns.Engagement is not null && columns.Fit is not null)
        {
            columns.Engagement[row] = scored ? found!.Engagement ?? 0 : 0;
            columns.Fit[row] = scored ? found!.Fit ?? 0 : 0;
        }

        for (var g = 0; g < columns.Groups.Length; g++)
        {
            columns.Groups[g][row] = scored ? found!.Groups[g] ?? 0 : 0;
        }

        columns.Tiers[row] = scored && found!.Tier is { } tier ? columns.TierLabels.IndexOf(tier, 0, columns.TierLabels.Length, StringComparer.Ordinal) : -1;
    }
}
