using ScoreLang.Diagnostics;

namespace ScoreLang.Sql;

/// <summary>
/// The diagnostics of the SQL back end (SL6xxx): what stops a valid model from being written as SQL for one engine,
/// always with the place in the score or schema file and what to do about it.
/// </summary>
public static class SqlDiagnostics
{
    public static DiagnosticDescriptor NameCollision { get; } = new(
        "SL6001",
        DiagnosticSeverity.Error,
        "Name collides in the SQL table mapping",
        "{0} would be the column or table {1}, which {2} already uses (names are compared ignoring case, as DuckDB does); rename one of them");

    public static DiagnosticDescriptor AttributeTypeConflict { get; } = new(
        "SL6002",
        DiagnosticSeverity.Error,
        "Event attributes of one name with different types",
        "attribute '{0}' of event type '{1}' is {2}, but event type '{3}' declares it as {4}; the shared events table has one column per attribute name, so give them the same type or different names");

    public static DiagnosticDescriptor UnrepresentableName { get; } = new(
        "SL6003",
        DiagnosticSeverity.Error,
        "Name cannot be written for this SQL engine",
        "'{0}' cannot be a {1} identifier: {2}; rename it");

    public static DiagnosticDescriptor UnrepresentableValue { get; } = new(
        "SL6004",
        DiagnosticSeverity.Error,
        "Score cannot be written as SQL",
        "score '{0}' cannot be written as {1}: {2}");
}
