using System.CommandLine;
using System.Globalization;
using ScoreLang.Cli.Infrastructure;
using ScoreLang.Data.Writing;
using ScoreLang.Sql;

namespace ScoreLang.Cli.Commands;

/// <summary>
/// <c>scorelang sql &lt;score files&gt; --dialect duckdb|postgres|spark [--output FILE] [--as-of DATE] [--sql-schema NAME]
/// [--create-tables]</c>: writes the SQL of every score for one engine (docs/scale-out.md): for DuckDB and PostgreSQL
/// a prepared statement per score, for Spark a temporary view per score, over the mapped tables. Printed, or written
/// atomically to a file. Names the engine cannot hold are SL6xxx errors (exit 1, nothing written).
/// </summary>
internal static class SqlCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var dialect = new Option<string>("--dialect")
        {
            Description = "The engine to write SQL for: duckdb, postgres or spark.",
            Required = true,
        };
        var output = new Option<string?>("--output", "--out") { Description = "Write the SQL to this file (atomically) instead of printing it." };
        var asOf = new Option<string?>("--as-of")
        {
            Description = "Write this evaluation time into the SQL (YYYY-MM-DD or an ISO date-time), so the script runs as is; default: it is each query's parameter.",
        };
        var schema = SqlSchemaOption();
        var tables = new Option<bool>("--create-tables") { Description = "Begin the script with the CREATE TABLE statements of the mapped tables." };
        var command = new Command("sql", "Write the SQL of score files for DuckDB, PostgreSQL or Spark SQL (docs/scale-out.md).")
        {
            paths, dialect, output, asOf, schema, tables,
        };
        command.SetAction(result => Run(
            result.GetValue(paths)!,
            ParseDialect(result.GetValue(dialect)!),
            result.GetValue(asOf) is { } date ? CommonOptions.ParseAsOf(date) : null,
            result.GetValue(schema),
            result.GetValue(tables),
            result.GetValue(output),
            Console.Out,
            Console.Error));
        return command;
    }

    /// <summary>The schema (Spark: database) the tables are in; shared with <c>run --engine</c>.</summary>
    public static Option<string?> SqlSchemaOption() => new("--sql-schema")
    {
        Description = "The database schema (Spark: database) that holds the tables; default: the connection's own.",
    };

    public static SqlDialect ParseDialect(string name) =>
        SqlDialect.FromName(name)
        ?? throw new UserErrorException($"--dialect '{name}' is not known: write duckdb, postgres or spark.");

    public static int Run(
        string[] paths, SqlDialect dialect, DateTime? asOf, string? sqlSchema, bool createTables, string? outputPath, TextWriter output, TextWriter errors)
    {
        var compilation = ModelLoader.Bind(paths, errors);
        if (compilation.HasErrors)
        {
            return ExitCodes.Failed;
        }

        var program = compilation.Program;
        var mapping = new SqlTableMapping { SchemaName = sqlSchema };
        var result = SqlGenerator.Generate(program, dialect, new SqlGenerationOptions { Mapping = mapping, AsOf = asOf });
        var tables = createTables ? SqlGenerator.CreateTables(program.Schema, dialect, mapping) : null;

        // The tables' diagnostics repeat the queries' (the same layout), so they are printed only when there are no others.
        var diagnostics = result.Diagnostics.IsEmpty && tables is not null ? tables.Diagnostics : result.Diagnostics;
        DiagnosticPrinter.Print(errors, diagnostics, OutputFormat.Text);
        if (!result.Success || tables is { Success: false })
        {
            return ExitCodes.Failed;
        }

        var script = tables is null ? result.ToScript() : tables.TablesScript + "\n" + result.ToScript();
        if (outputPath is null)
        {
            output.Write(script);
            return ExitCodes.Success;
        }

        try
        {
            AtomicFile.WriteAllText(outputPath, script);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserErrorException($"{outputPath}: the SQL cannot be written ({e.Message}).", e);
        }

        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Wrote {result.Queries.Length} {dialect.DisplayName} {(result.Queries.Length == 1 ? "query" : "queries")} to {outputPath}."));
        return ExitCodes.Success;
    }
}
