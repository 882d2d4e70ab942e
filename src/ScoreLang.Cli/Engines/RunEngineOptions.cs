using System.CommandLine;
using ScoreLang.Cli.Commands;
using ScoreLang.Cli.Infrastructure;

namespace ScoreLang.Cli.Engines;

/// <summary>
/// The options of <c>run</c> that choose where the model runs: <c>--engine dotnet|duckdb|postgres</c>,
/// <c>--connection</c> and <c>--sql-schema</c> (docs/scale-out.md, "scorelang run --engine").
/// </summary>
internal sealed class RunEngineOptions
{
    private readonly Option<string> _engine = new("--engine")
    {
        Description = "Where the model runs: dotnet (the compiled scorer, default), duckdb (embedded) or postgres (a server, needs --connection).",
        DefaultValueFactory = _ => RunEngine.DotNet,
    };

    private readonly Option<string?> _connection = new("--connection")
    {
        Description = "duckdb: a DuckDB.NET connection string (default: in memory; 'Data Source=FILE' for data larger than memory). postgres: an Npgsql connection string (Host=...;Username=...;Database=...).",
    };

    private readonly Option<string?> _sqlSchema = SqlCommand.SqlSchemaOption();

    private readonly Option<string?> _memoryLimit = new("--duckdb-memory-limit")
    {
        Description = "duckdb: the most memory DuckDB may use (such as 4GB or 50%); beyond it, it spills to --duckdb-temp-directory.",
    };

    private readonly Option<bool> _tablesExist = new("--tables-exist")
    {
        Description = "Score the tables already in the database (--connection, --sql-schema; the table mapping of docs/scale-out.md) instead of loading --data.",
    };

    private readonly Option<string?> _intoTable = new("--into-table")
    {
        Description = "Also write each score's results into the table NAME_<score> of --sql-schema, replaced atomically (one transaction).",
    };

    private readonly Option<string?> _tempDirectory = new("--duckdb-temp-directory")
    {
        Description = "duckdb: where DuckDB spills data that does not fit in memory (default: a folder under the system's temporary folder).",
    };

    public RunEngineOptions()
    {
        _engine.AcceptOnlyFromAmong(RunEngine.DotNet, RunEngine.DuckDb, RunEngine.Postgres);
    }

    public void AddTo(Command command)
    {
        command.Options.Add(_engine);
        command.Options.Add(_connection);
        command.Options.Add(_sqlSchema);
        command.Options.Add(_memoryLimit);
        command.Options.Add(_tempDirectory);
        command.Options.Add(_tablesExist);
        command.Options.Add(_intoTable);
    }

    public RunEngine Read(ParseResult result) =>
        new(result.GetValue(_engine) ?? RunEngine.DotNet, result.GetValue(_connection), result.GetValue(_sqlSchema))
        {
            MemoryLimit = result.GetValue(_memoryLimit),
            TempDirectory = result.GetValue(_tempDirectory),
            TablesExist = result.GetValue(_tablesExist),
            IntoTable = result.GetValue(_intoTable),
        };

    /// <summary>Options that contradict each other or the engine, as one clear line (exit code 2) before anything runs.</summary>
    public static void Validate(RunEngine engine, string dataPath, string? reportPath)
    {
        if (engine.TablesExist || engine.IntoTable is not null)
        {
            var option = engine.TablesExist ? "--tables-exist" : "--into-table";
            if (engine.IsDotNet)
            {
                throw new UserErrorException($"{option} needs --engine postgres (or duckdb with a database file): the tables are in the database.");
            }
        }

        if (engine.TablesExist && dataPath.Length > 0)
        {
            throw new UserErrorException("--tables-exist scores the tables already in the database: leave out --data.");
        }

        if (engine.TablesExist && reportPath is not null)
        {
            throw new UserErrorException("--report needs the data set itself: it cannot be used with --tables-exist.");
        }

        if (!engine.TablesExist && dataPath.Length == 0)
        {
            throw new UserErrorException("--data is required: a data folder or manifest (docs/data-format.md), or --tables-exist with --engine postgres to score tables already in the database.");
        }
    }
}

/// <summary>The engine a run uses, with its connection and the schema of its tables (SQL engines only).</summary>
internal sealed record RunEngine(string Name, string? Connection = null, string? SqlSchema = null)
{
    public const string DotNet = "dotnet";

    public const string DuckDb = "duckdb";

    public const string Postgres = "postgres";

    public static RunEngine Default { get; } = new(DotNet);

    /// <summary>DuckDB's memory_limit (null: DuckDB's default, 80% of the memory).</summary>
    public string? MemoryLimit { get; init; }

    /// <summary>DuckDB's temp_directory, where it spills (null: a folder under the system's temporary folder).</summary>
    public string? TempDirectory { get; init; }

    /// <summary>Score the mapped tables already in the database instead of loading data.</summary>
    public bool TablesExist { get; init; }

    /// <summary>The name the results tables start with (NAME_&lt;score&gt;), or null to only read the results back.</summary>
    public string? IntoTable { get; init; }

    public bool IsDotNet => string.Equals(Name, DotNet, StringComparison.Ordinal);

    public bool IsDuckDb => string.Equals(Name, DuckDb, StringComparison.Ordinal);
}
