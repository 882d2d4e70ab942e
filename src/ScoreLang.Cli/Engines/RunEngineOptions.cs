using System.CommandLine;
using ScoreLang.Cli.Commands;

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

    public RunEngineOptions()
    {
        _engine.AcceptOnlyFromAmong(RunEngine.DotNet, RunEngine.DuckDb, RunEngine.Postgres);
    }

    public void AddTo(Command command)
    {
        command.Options.Add(_engine);
        command.Options.Add(_connection);
        command.Options.Add(_sqlSchema);
    }

    public RunEngine Read(ParseResult result) =>
        new(result.GetValue(_engine) ?? RunEngine.DotNet, result.GetValue(_connection), result.GetValue(_sqlSchema));
}

/// <summary>The engine a run uses, with its connection and the schema of its tables (SQL engines only).</summary>
internal sealed record RunEngine(string Name, string? Connection = null, string? SqlSchema = null)
{
    public const string DotNet = "dotnet";

    public const string DuckDb = "duckdb";

    public const string Postgres = "postgres";

    public static RunEngine Default { get; } = new(DotNet);

    public bool IsDotNet => string.Equals(Name, DotNet, StringComparison.Ordinal);
}
