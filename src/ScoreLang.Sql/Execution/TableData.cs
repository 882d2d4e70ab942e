using ScoreLang.Semantics;

namespace ScoreLang.Sql.Execution;

/// <summary>A column to load: its name and the kind of the values in it (how an engine's bulk writer writes them).</summary>
internal sealed record TableColumn(string Name, DataKind Kind);

/// <summary>
/// The rows of one mapped table, ready for an engine's bulk writer: <see cref="QualifiedName"/> is quoted for SQL,
/// <see cref="Name"/> and <see cref="Schema"/> are raw for APIs that quote themselves. Values are the evaluator's
/// (string, double, bool, DateTime in UTC; dates at midnight) or null.
/// </summary>
internal sealed record TableData(string? Schema, string Name, string QualifiedName, IReadOnlyList<TableColumn> Columns, IEnumerable<object?[]> Rows);
