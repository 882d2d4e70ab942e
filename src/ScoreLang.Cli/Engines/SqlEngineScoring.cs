using ScoreLang.Cli.Infrastructure;
using ScoreLang.Runtime;
using ScoreLang.Runtime.Output;
using ScoreLang.Semantics;
using ScoreLang.Sql;
using ScoreLang.Sql.Execution;

namespace ScoreLang.Cli.Engines;

/// <summary>
/// Runs every score's generated query in an engine whose tables are ready, and copies the rows into the result
/// columns the .NET engine fills (so the summary and --out are written by the same code). With --into-table, each
/// score's rows are first written into a table of the database (replaced atomically) and read back from it, so the
/// file and the table hold the same rows.
/// </summary>
internal static class SqlEngineScoring
{
    public static ScoringOutput ScoreAll(RunEngine engine, SqlScoreEngine sqlEngine, SqlGenerationResult generated, BoundProgram program, ScoringData data, DateTime asOf, List<string> notes)
    {
        var output = ScoringOutput.Create(program.Scores, data);
        foreach (var (columns, query) in output.Scores.Zip(generated.Queries))
        {
            SqlScoreResults results;
            if (engine.IntoTable is { } prefix)
            {
                var table = IntoTableName(prefix, query.ScoreName);
                var written = sqlEngine.WriteResults(query, asOf, table);
                notes.Add($"Wrote {written} rows of {query.ScoreName} into the table {(sqlEngine.Mapping.SchemaName is { } schema ? schema + "." : string.Empty)}{table}.");
                results = sqlEngine.ReadResults(query, table);
            }
            else
            {
                results = sqlEngine.Run(query, asOf);
            }

            Fill(columns, data.RecordsOf(columns.RecordTypeName), results);
        }

        return output;
    }

    /// <summary>The table of one score's results: the --into-table name, an underscore and the score's name (one table per score: their group columns differ).</summary>
    public static string IntoTableName(string prefix, string scoreName) => prefix + "_" + scoreName;

    /// <summary>Every score's table name must be one the engine holds as written; checked before any data is read.</summary>
    public static void CheckIntoTable(string prefix, BoundProgram program, SqlDialect dialect)
    {
        foreach (var score in program.Scores)
        {
            var name = IntoTableName(prefix, score.Name);
            if (dialect.IdentifierProblem(name) is { } problem)
            {
                throw new UserErrorException($"--into-table '{prefix}': the table of score '{score.Name}', '{name}', cannot be a {dialect.DisplayName} table name: {problem}.");
            }
        }
    }

    /// <summary>Copies the engine's rows into the output columns, row by row of the batch (S20: a record the query did not score stays unscored).</summary>
    private static void Fill(ScoreColumns columns, RecordBatch batch, SqlScoreResults results)
    {
        for (var row = 0; row < batch.Count; row++)
        {
            if (results.Find(batch.Ids[row]) is not { IsScored: true } found)
            {
                continue;
            }

            columns.Scored[row] = true;
            columns.Values[row] = found.Score!.Value;
            if (columns.Engagement is not null && columns.Fit is not null)
            {
                columns.Engagement[row] = found.Engagement ?? 0;
                columns.Fit[row] = found.Fit ?? 0;
            }

            for (var g = 0; g < columns.Groups.Length; g++)
            {
                columns.Groups[g][row] = found.Groups[g] ?? 0;
            }

            columns.Tiers[row] = found.Tier is null ? -1 : TierCode(columns, found.Tier);
        }
    }

    private static int TierCode(ScoreColumns columns, string tier)
    {
        var code = columns.TierLabels.IndexOf(tier, 0, columns.TierLabels.Length, StringComparer.Ordinal);
        return code >= 0
            ? code
            : throw new InvalidOperationException($"The SQL of score '{columns.Name}' returned the tier '{tier}', which is not one of its labels.");
    }
}
