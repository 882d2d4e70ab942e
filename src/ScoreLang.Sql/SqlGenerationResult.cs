using System.Collections.Immutable;
using ScoreLang.Diagnostics;
using ScoreLang.Sql.Generation;

namespace ScoreLang.Sql;

/// <summary>
/// What <see cref="SqlGenerator"/> produced: the queries (one per score that could be written) and the diagnostics
/// (SL6xxx) of what could not. <see cref="ToScript"/> turns the queries into one script to run with the engine's own
/// tool (duckdb, psql, spark-sql).
/// </summary>
public sealed record SqlGenerationResult(
    SqlDialect Dialect,
    ImmutableArray<ScoreQuery> Queries,
    ImmutableArray<Diagnostic> Diagnostics,
    string? TablesScript)
{
    public bool Success => !Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>
    /// The queries as one script: for DuckDB and PostgreSQL each query becomes a prepared statement
    /// <c>score_NAME</c> (EXECUTE it with the as-of date) or, generated with a fixed as-of date, a plain query; for
    /// Spark each becomes a temporary view <c>score_NAME</c> followed by a SELECT from it.
    /// </summary>
    public string ToScript() => new ScriptWriter(Dialect).Write(Queries);
}
