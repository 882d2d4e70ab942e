using System.Collections.Immutable;
using ScoreLang.Diagnostics;
using ScoreLang.Semantics;
using ScoreLang.Sql.Generation;
using ScoreLang.Sql.Mapping;

namespace ScoreLang.Sql;

/// <summary>
/// Compiles the scores of a bound program to SQL for one engine: one <see cref="ScoreQuery"/> per score over the
/// tables of <see cref="SqlTableMapping"/>. What cannot be written for the engine (colliding or unrepresentable names)
/// comes back as SL6xxx diagnostics, never as an exception. The program should be free of binding errors: parts that
/// failed to bind are translated as the reference evaluator treats them (unknown, false).
/// </summary>
public static class SqlGenerator
{
    /// <summary>Every score of <paramref name="program"/>, in declaration order.</summary>
    public static SqlGenerationResult Generate(BoundProgram program, SqlDialect dialect, SqlGenerationOptions? options = null) =>
        Generate(program, program.Scores, dialect, options);

    /// <summary>Only <paramref name="score"/> (one of <paramref name="program"/>'s scores).</summary>
    public static SqlGenerationResult Generate(BoundProgram program, ScoreSymbol score, SqlDialect dialect, SqlGenerationOptions? options = null) =>
        Generate(program, [score], dialect, options);

    /// <summary>The CREATE TABLE statements of the mapped tables for <paramref name="schema"/>, one per line group.</summary>
    public static SqlGenerationResult CreateTables(SchemaModel schema, SqlDialect dialect, SqlTableMapping? mapping = null)
    {
        var layout = new SqlSchemaLayout(schema, mapping ?? SqlTableMapping.Default, dialect);
        var script = layout.IsValid ? string.Join("\n", new TableDefinitions(layout).CreateStatements().Select(s => s + ";")) + "\n" : string.Empty;
        return new SqlGenerationResult(dialect, [], layout.Diagnostics, script);
    }

    private static SqlGenerationResult Generate(BoundProgram program, IEnumerable<ScoreSymbol> scores, SqlDialect dialect, SqlGenerationOptions? options)
    {
        options ??= SqlGenerationOptions.Default;
        var layout = new SqlSchemaLayout(program.Schema, options.Mapping, dialect);
        if (!layout.IsValid)
        {
            return new SqlGenerationResult(dialect, [], layout.Diagnostics, null);
        }

        var queries = ImmutableArray.CreateBuilder<ScoreQuery>();
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var score in scores)
        {
            var problems = NameProblems(score, dialect).ToList();
            if (problems.Count > 0)
            {
                diagnostics.AddRange(problems);
                continue;
            }

            try
            {
                queries.Add(new ScoreQueryBuilder(new ScoreQueryContext(layout, score), options.AsOf).Build());
            }
            catch (ArgumentException exception)
            {
                // A value the engine cannot hold (a NUL character in a text, a number SQL has no literal for).
                diagnostics.Add(Diagnostic.Create(
                    SqlDiagnostics.UnrepresentableValue, score.Location ?? SqlSchemaLayout.Nowhere, score.Name, dialect.DisplayName, exception.Message));
            }
        }

        return new SqlGenerationResult(dialect, queries.ToImmutable(), diagnostics.ToImmutable(), null);
    }

    /// <summary>Names of the score that become identifiers: its own (views, prepared statements) and its group columns.</summary>
    private static IEnumerable<Diagnostic> NameProblems(ScoreSymbol score, SqlDialect dialect)
    {
        var location = score.Location ?? SqlSchemaLayout.Nowhere;
        if (dialect.IdentifierProblem(ScriptWriter.StatementName(score.Name)) is { } scoreProblem)
        {
            yield return Diagnostic.Create(SqlDiagnostics.UnrepresentableName, location, score.Name, dialect.DisplayName, scoreProblem);
        }

        foreach (var (group, column) in score.Groups.Zip(OutputColumns.ForGroups(score.Groups)))
        {
            if (dialect.IdentifierProblem(column.Column) is { } problem)
            {
                yield return Diagnostic.Create(SqlDiagnostics.UnrepresentableName, group.Location ?? location, column.Column, dialect.DisplayName, problem);
            }
        }
    }
}
