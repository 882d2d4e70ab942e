using System.Data.Common;
using System.Diagnostics;
using System.Net.Sockets;
using ScoreLang.Cli.Engines.DirectRead;
using ScoreLang.Cli.Commands;
using ScoreLang.Cli.Infrastructure;
using ScoreLang.Data.Manifest;
using ScoreLang.Runtime;
using ScoreLang.Runtime.Output;
using ScoreLang.Semantics;
using ScoreLang.Sql;
using ScoreLang.Sql.Execution;

namespace ScoreLang.Cli.Engines;

/// <summary>
/// <c>run --engine duckdb|postgres</c>: the data goes into the mapped tables of the engine (DuckDB reads the files
/// itself when it can match ScoreLang's reader exactly; otherwise the reader's validated data is bulk-loaded), every
/// score's generated query runs there, and the rows come back into a <see cref="ScoringOutput"/>, so the summary and
/// the output file go through the same code as the .NET engine's and are identical to it.
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
    /// .NET. DuckDB reads the data files itself when it can give exactly the reader's result (<see cref="DuckDbDirectRead"/>);
    /// otherwise, and for PostgreSQL, the data is read by ScoreLang's reader (validated exactly as for the .NET engine),
    /// loaded into the engine's tables and scored there.
    /// </summary>
    public static RunOutcome Run(RunEngine engine, BoundProgram program, RunRequest request, TextWriter errors, RunProgress progress)
    {
        if (engine.IsDuckDb && DuckDbDirectRead.Manifest(program.Schema, request.DataPath) is { } manifest)
        {
            try
            {
                return request.ReportPath is not null
                    ? throw new DirectReadUnavailableException("--report needs the whole data set in memory")
                    : RunDirect(engine, program, manifest, request.AsOf, progress);
            }
            catch (DirectReadUnavailableException e)
            {
                errors.WriteLine($"duckdb: reading the data with ScoreLang's reader, not DuckDB's read_csv/read_parquet: {e.Message}.");
            }
        }

        var watch = Stopwatch.StartNew();
        progress.Phase("Loading data");
        var loaded = DataLoading.Load(program.Schema, request.DataPath, request.MaxErrors, errors, progress.ForLoading());
        var loadTime = watch.Elapsed;
        progress.Phase("Scoring");
        watch.Restart();
        var results = Score(engine, program, loaded.Data, request.AsOf);
        return new RunOutcome(loaded.Data, results, RunCounts.Of(loaded), loadTime, TimeSpan.Zero, engine.Name, watch.Elapsed) { Loaded = loaded };
    }

    /// <summary>DuckDB reads the files, checks them and scores; only the ids and the results come into .NET.</summary>
    private static RunOutcome RunDirect(RunEngine engine, BoundProgram program, DataManifest manifest, DateTime asOf, RunProgress progress)
    {
        var generated = Generate(engine, program, out var mapping);
        var watch = Stopwatch.StartNew();
        progress.Phase("Reading data in DuckDB");
        using var sqlEngine = (DuckDbScoreEngine)Open(engine, isPostgres: false, mapping);
        var (ids, counts) = DuckDbDirectRead.Load(program.Schema, manifest, sqlEngine);
        var loadTime = watch.Elapsed;
        progress.Phase("Scoring");
        watch.Restart();
        try
        {
            var output = ScoringOutput.Create(program.Scores, ids);
            foreach (var (columns, query) in output.Scores.Zip(generated.Queries))
            {
                Fill(columns, ids.RecordsOf(columns.RecordTypeName), sqlEngine.Run(query, asOf));
            }

            return new RunOutcome(ids, output, counts, loadTime, TimeSpan.Zero, engine.Name, watch.Elapsed);
        }
        catch (DbException e)
        {
            throw new UserErrorException($"DuckDB failed: {e.Message}", e);
        }
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
        SqlScoreEngine opened;
        try
        {
            opened = isPostgres
                ? PostgresScoreEngine.Open(
                    engine.Connection ?? throw new UserErrorException(MissingConnection),
                    mapping)
                : DuckDbScoreEngine.Open(engine.Connection ?? "Data Source=:memory:", mapping);
        }
        catch (Exception e) when (e is DbException or SocketException or ArgumentException or TimeoutException)
        {
            throw new UserErrorException($"cannot open {engine.Name} with the given --connection: {e.Message}", e);
        }

        if (!isPostgres)
        {
            ConfigureDuckDb(opened, engine);
        }

        return opened;
    }

    /// <summary>
    /// A memory limit and a folder to spill to, so data larger than memory completes (an in-memory DuckDB database
    /// has no temp_directory of its own); UTC as the session time zone, so Parquet timestamps with a time zone are
    /// read as the reader reads them.
    /// </summary>
    private static void ConfigureDuckDb(SqlScoreEngine duckDb, RunEngine engine)
    {
        var temp = engine.TempDirectory ?? Path.Combine(Path.GetTempPath(), "scorelang-duckdb");
        Set(duckDb, "temp_directory", temp, "--duckdb-temp-directory");
        if (engine.MemoryLimit is { } limit)
        {
            Set(duckDb, "memory_limit", limit, "--duckdb-memory-limit");
        }

        try
        {
            using var command = duckDb.Connection.CreateCommand();
            command.CommandText = "SET TimeZone = 'UTC'";
            command.ExecuteNonQuery();
        }
        catch (DbException)
        {
            // Without the ICU extension there are no session time zones: TIMESTAMPTZ already casts as UTC then.
        }
    }

    private static void Set(SqlScoreEngine duckDb, string setting, string value, string option)
    {
        try
        {
            using var command = duckDb.Connection.CreateCommand();
            command.CommandText = $"SET {setting} = {SqlDialect.DuckDb.StringLiteral(value)}";
            command.ExecuteNonQuery();
        }
        catch (Exception e) when (e is DbException or ArgumentException)
        {
            duckDb.Dispose();
            throw new UserErrorException($"DuckDB does not accept {option} '{value}': {e.Message.Split('\n')[0]}", e);
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
