using System.Data.Common;
using System.Diagnostics;
using System.Net.Sockets;
using ScoreLang.Cli.Commands;
using ScoreLang.Cli.Infrastructure;
using ScoreLang.Runtime;
using ScoreLang.Runtime.Output;
using ScoreLang.Semantics;
using ScoreLang.Sql;
using ScoreLang.Sql.Execution;

namespace ScoreLang.Cli.Engines;

/// <summary>
/// <c>run --engine duckdb|postgres</c>: the data the run loaded (validated exactly as for the .NET engine) goes into the
/// mapped tables of the engine, every score's generated query runs there, and the rows come back into a
/// <see cref="ScoringOutput"/>, so the summary and the output file go through the same code as the .NET engine's and
/// are identical to it.
/// </summary>
internal static class SqlEngineRun
{
    /// <summary>Where PostgreSQL gets its tables when no --sql-schema is given: never the user's own <c>public</c> tables.</summary>
    public const string DefaultPostgresSchema = "scorelang";

    private const string MissingConnection = "--engine postgres needs --connection \"Host=...;Username=...;Database=...\" (an Npgsql connection string).";

    /// <summary>Whether the model can be written as SQL for the engine; prints the SL6xxx errors when not.</summary>
    public static bool CanRun(RunEngine engine, BoundProgram program, TextWriter errors)
    {
        if (string.Equals(engine.Name, RunEngine.Postgres, StringComparison.Ordinal) && engine.Connection is null)
        {
            throw new UserErrorException(MissingConnection);
        }

        var generated = Generate(engine, program, out _);
        DiagnosticPrinter.Print(errors, generated.Diagnostics, OutputFormat.Text);
        return generated.Success;
    }

    /// <summary>
    /// A whole run inside the engine (check <see cref="CanRun"/> first). The model is only bound, never compiled to
    /// .NET: the data is read by ScoreLang's reader (validated exactly as for the .NET engine), loaded into the
    /// engine's tables and scored there.
    /// </summary>
    public static RunOutcome Run(RunEngine engine, BoundProgram program, RunRequest request, TextWriter errors, RunProgress progress)
    {
        var watch = Stopwatch.StartNew();
        progress.Phase("Loading data");
        var loaded = DataLoading.Load(program.Schema, request.DataPath, request.MaxErrors, errors, progress.ForLoading());
        var loadTime = watch.Elapsed;
        progress.Phase("Scoring");
        watch.Restart();
        var results = Score(engine, program, loaded.Data, request.AsOf);
        return new RunOutcome(loaded.Data, results, RunCounts.Of(loaded), loadTime, TimeSpan.Zero, engine.Name, watch.Elapsed) { Loaded = loaded };
    }

    /// <summary>Every score of <paramref name="program"/> over <paramref name="data"/>, computed by the engine (check <see cref="CanRun"/> first).</summary>
    public static ScoringOutput Score(RunEngine engine, BoundProgram program, ScoringData data, DateTime asOf)
    {
        var generated = Generate(engine, program, out var mapping);
        if (!generated.Success)
        {
            throw new InvalidOperationException("The model cannot be written as SQL for this engine; call CanRun first.");
        }

        var dialect = generated.Dialect;
        using var sqlEngine = Open(engine, dialect == SqlDialect.PostgreSql, mapping);
        try
        {
            sqlEngine.Load(data);
            var output = ScoringOutput.Create(program.Scores, data);
            foreach (var (columns, query) in output.Scores.Zip(generated.Queries))
            {
                Fill(columns, data.RecordsOf(columns.RecordTypeName), sqlEngine.Run(query, asOf));
            }

            return output;
        }
        catch (DbException e)
        {
            throw new UserErrorException($"{dialect.DisplayName} failed: {e.Message}", e);
        }
    }

    private static SqlGenerationResult Generate(RunEngine engine, BoundProgram program, out SqlTableMapping mapping)
    {
        var isPostgres = string.Equals(engine.Name, RunEngine.Postgres, StringComparison.Ordinal);
        mapping = new SqlTableMapping { SchemaName = engine.SqlSchema ?? (isPostgres ? DefaultPostgresSchema : null) };
        return SqlGenerator.Generate(program, isPostgres ? SqlDialect.PostgreSql : SqlDialect.DuckDb, new SqlGenerationOptions { Mapping = mapping });
    }

    private static SqlScoreEngine Open(RunEngine engine, bool isPostgres, SqlTableMapping mapping)
    {
        try
        {
            return isPostgres
                ? PostgresScoreEngine.Open(
                    engine.Connection ?? throw new UserErrorException(MissingConnection),
                    mapping)
                : DuckDbScoreEngine.Open(engine.Connection ?? "Data Source=:memory:", mapping);
        }
        catch (Exception e) when (e is DbException or SocketException or ArgumentException or TimeoutException)
        {
            throw new UserErrorException($"cannot open {engine.Name} with the given --connection: {e.Message}", e);
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
