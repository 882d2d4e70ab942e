using ScoreLang.Diagnostics;
using ScoreLang.Semantics;

namespace ScoreLang.Sql.Mapping;

/// <summary>
/// Checks that every table and column name of a <see cref="SqlSchemaLayout"/> can be written for its engine and that
/// no two of them meet in one place. Names compare ignoring case everywhere, because DuckDB compares even quoted
/// identifiers that way: a mapping that works on DuckDB then works on every engine.
/// </summary>
internal sealed class SqlNameValidator
{
    private static readonly string[] EventFixedColumns =
        [SqlTableMapping.RecordIdColumn, SqlTableMapping.TypeColumn, SqlTableMapping.TimestampColumn];

    private readonly SqlSchemaLayout _layout;
    private readonly List<Diagnostic> _diagnostics;

    public SqlNameValidator(SqlSchemaLayout layout, List<Diagnostic> diagnostics)
    {
        _layout = layout;
        _diagnostics = diagnostics;
    }

    public void Validate()
    {
        var mapping = _layout.Mapping;
        var tables = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            [mapping.EventsTable] = "the events table",
        };
        if (!tables.TryAdd(mapping.ListsTable, "the lists table"))
        {
            throw new ArgumentException("The events and lists tables need different names.", nameof(mapping));
        }

        foreach (var recordType in _layout.RecordTypes)
        {
            var location = SqlSchemaLayout.LocationOf(recordType);
            CheckName(recordType.Name, location);
            var table = SqlTableMapping.RecordTable(recordType.Name);
            if (!tables.TryAdd(table, $"record type '{recordType.Name}'"))
            {
                Collision($"record type '{recordType.Name}'", table, tables[table], location);
            }

            CheckColumns(recordType.Properties, [SqlTableMapping.IdColumn], $"record type '{recordType.Name}'");
        }

        foreach (var eventType in _layout.Schema.Events.Values.OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            foreach (var attribute in eventType.Attributes)
            {
                if (EventFixedColumns.FirstOrDefault(c => string.Equals(c, attribute.Name, StringComparison.OrdinalIgnoreCase)) is { } column)
                {
                    Collision($"attribute '{attribute.Name}' of event type '{eventType.Name}'", column, "the events table", SqlSchemaLayout.LocationOf(attribute));
                }
            }
        }

        foreach (var column in _layout.EventColumns)
        {
            CheckName(column.Name, SqlSchemaLayout.LocationOf(column));
        }

        if (mapping.SchemaName is { } schema)
        {
            CheckName(schema, SqlSchemaLayout.Nowhere);
        }
    }

    /// <summary>Property columns must differ from each other and from the fixed columns of their table.</summary>
    private void CheckColumns(IEnumerable<PropertySymbol> properties, string[] fixedColumns, string owner)
    {
        var columns = fixedColumns.ToDictionary(c => c, c => $"the {c} column of {owner}", StringComparer.OrdinalIgnoreCase);
        foreach (var property in properties)
        {
            var location = SqlSchemaLayout.LocationOf(property);
            CheckName(property.Name, location);
            if (!columns.TryAdd(property.Name, $"property '{property.Name}' of {owner}"))
            {
                Collision($"property '{property.Name}' of {owner}", property.Name, columns[property.Name], location);
            }
        }
    }

    private void CheckName(string name, SourceLocation location)
    {
        if (_layout.Dialect.IdentifierProblem(name) is { } problem)
        {
            _diagnostics.Add(Diagnostic.Create(SqlDiagnostics.UnrepresentableName, location, name, _layout.Dialect.DisplayName, problem));
        }
    }

    private void Collision(string what, string name, string owner, SourceLocation location) =>
        _diagnostics.Add(Diagnostic.Create(SqlDiagnostics.NameCollision, location, what, $"'{name}'", owner));
}
