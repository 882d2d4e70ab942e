using System.Data.Common;
using System.Diagnostics;
using System.Net.Sockets;
using ScoreLang.Cli.Engines.DirectRead;
using ScoreLang.Cli.Commands;
using ScoreLang.Cli.Infrastructure;
using ScoreLang.Data.Manifest;
using ScoreLang.Runtime.Building;
using ScoreLang.Semantics;
using ScoreLang.Sql;
using ScoreLang.Sql.Execution;

namespace ScoreLang.Cli.Engines;

/// <summary>
/// <c>run --engine duckdb|postgres</c>: the data goes into the mapped tables of the engine (DuckDB reads the files
/// itself when it can match ScoreLang's reader exactly; otherwise the reader's validated data is bulk-loaded), or is
/// already there (--tables-exist); every score's generated query runs in the engine and the rows come back into the
/// result columns the .NET engine fills, so the summary and the output file are written by the same code.
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
        if (generated.Success && engine.IntoTable is { } prefix)
        {
            SqlEngineScoring.CheckIntoTable(prefix, program, generated.Dialect);
        }

        return generated.Success;
    }

    /// <summary>
    /// A whole run inside the engine (check <see cref="CanRun"/> first). The model is only bound, never compiled to
    /// .NET. With --tables-exist the engine's tables are scored as they are; otherwise DuckDB reads the data files
    /// itself when it can give exactly the reader's result (<see cref="DuckDbDirectRead"/>), and else (and for
    /// PostgreSQL) the data is read by ScoreLang's reader (validated exactly as for the .NET engine) and bulk-loaded.
    /// </summary>
    public static RunOutcome Run(RunEngine engine, BoundProgram program, RunRequest request, TextWriter errors, RunProgress progress)
    {
        if (engine.TablesExist)
        {
            return RunOnTables(engine, program, request.AsOf, progress);
        }

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
        var generated = Generate(engine, program, out var mapping);
        using var sqlEngine = Open(engine, mapping);
        var notes = new List<string>();
        var results = Guard(generated.Dialect, () =>
        {
            sqlEngine.Load(loaded.Data);
            return SqlEngineScoring.ScoreAll(engine, sqlEngine, generated, program, loaded.Data, request.AsOf, notes);
        });
        return new RunOutcome(loaded.Data, results, RunCounts.Of(loaded), loadTime, TimeSpan.Zero, engine.Name, watch.Elapsed) { Loaded = loaded, Notes = notes };
    }

    /// <summary>DuckDB reads the files, checks them and scores; only the ids and the results come into .NET.</summary>
    private static RunOutcome RunDirect(RunEngine engine, BoundProgram program, DataManifest manifest, DateTime asOf, RunProgress progress)
    {
        var generated = Generate(engine, program, out var mapping);
        var watch = Stopwatch.StartNew();
        progress.Phase("Reading data in DuckDB");
        using var sqlEngine = (DuckDbScoreEngine)Open(engine, mapping);
        var (ids, counts) = DuckDbDirectRead.Load(program.Schema, manifest, sqlEngine);
        var loadTime = watch.Elapsed;
        progress.Phase("Scoring");
        watch.Restart();
        var notes = new List<string>();
        var output = Guard(generated.Dialect, () => SqlEngineScoring.ScoreAll(engine, sqlEngine, generated, program, ids, asOf, notes));
        return new RunOutcome(ids, output, counts, loadTime, TimeSpan.Zero, engine.Name, watch.Elapsed) { Notes = notes };
    }

    /// <summary>--tables-exist: the mapped tables are already in the database; only the scored records' ids come into .NET (in ordinal order).</summary>
    private static RunOutcome RunOnTables(RunEngine engine, BoundProgram program, DateTime asOf, RunProgress progress)
    {
        var generated = Generate(engine, program, out var mapping);
        var watch = Stopwatch.StartNew();
        progress.Phase("Reading ids");
        using var sqlEngine = Open(engine, mapping);
        return Guard(generated.Dialect, () =>
        {
            var builder = new ScoringDataBuilder(program.Schema);
            foreach (var recordType in program.Scores.Select(s => s.RecordTypeName).Distinct(StringComparer.Ordinal))
            {
                var records = builder.Records(recordType);
                foreach (var id in sqlEngine.RecordIds(program.Schema, recordType))
                {
                    records.Add(id);
                }
            }

            var ids = builder.Build();
            var counts = new RunCounts(ids.Records.Values.Sum(b => (long)b.Count), sqlEngine.EventCount(program.Schema), 0);
            var loadTime = watch.Elapsed;
            progress.Phase("Scoring");
            watch.Restart();
            var notes = new List<string>();
            var output = SqlEngineScoring.ScoreAll(engine, sqlEngine, generated, program, ids, asOf, notes);
            return new RunOutcome(ids, output, counts, loadTime, TimeSpan.Zero, engine.Name, watch.Elapsed) { Notes = notes };
        });
    }

    /// <summary>An engine's failure (a missing table, a broken connection) as one line naming the engine.</summary>
    private static T Guard<T>(SqlDialect dialect, Func<T> work)
    {
        try
        {
            return work();
        }
        catch (DbException e)
        {
            throw new UserErrorException($"{dialect.DisplayName} failed: {e.Message}", e);
        }
        catch (SqlMappingException e)
        {
            throw new UserErrorException(e.Message, e);
        }
    }

    private static SqlGenerationResult Generate(RunEngine engine, BoundProgram program, out SqlTableMapping mapping)
    {
        var isPostgres = string.Equals(engine.Name, RunEngine.Postgres, StringComparison.Ordinal);
        mapping = new SqlTableMapping { SchemaName = engine.SqlSchema ?? (isPostgres ? DefaultPostgresSchema : null) };
        return SqlGenerator.Generate(program, isPostgres ? SqlDialect.PostgreSql : SqlDialect.DuckDb, new SqlGenerationOptions { Mapping = mapping });
    }

    private static SqlScoreEngine Open(RunEngine engine, SqlTableMapping mapping)
    {
        SqlScoreEngine opened;
        try
        {
            opened = engine.IsDuckDb
                ? DuckDbScoreEngine.Open(engine.Connection ?? "Data Source=:memory:", mapping)
                : PostgresScoreEngine.Open(engine.Connection ?? throw new UserErrorException(MissingConnection), mapping);
        }
        catch (Exception e) when (e is DbException or SocketException or ArgumentException or TimeoutException)
        {
            throw new UserErrorException($"cannot open {engine.Name} with the given --connection: {e.Message}", e);
        }

        if (engine.IsDuckDb)
        {
            DuckDbSettings.Apply(opened, engine);
        }

        return opened;
    }
}
