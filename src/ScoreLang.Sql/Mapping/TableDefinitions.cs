using ScoreLang.Semantics;

namespace ScoreLang.Sql.Mapping;

/// <summary>The CREATE TABLE statements of a <see cref="SqlSchemaLayout"/>: record tables, the events table, the lists table.</summary>
internal sealed class TableDefinitions
{
    private readonly SqlSchemaLayout _layout;

    public TableDefinitions(SqlSchemaLayout layout)
    {
        _layout = layout;
    }

    private SqlDialect Dialect => _layout.Dialect;

    public IEnumerable<string> CreateStatements()
    {
        foreach (var recordType in _layout.RecordTypes)
        {
            yield return Create(
                _layout.RecordTable(recordType.Name),
                [Column(SqlTableMapping.IdColumn, Dialect.TextType, required: true), .. recordType.Properties.Select(Property)]);
        }

        yield return Create(
            _layout.EventsTable,
            [
                Column(SqlTableMapping.RecordIdColumn, Dialect.TextType, required: true),
                Column(SqlTableMapping.TypeColumn, Dialect.TextType, required: true),
                Column(SqlTableMapping.TimestampColumn, Dialect.TimestampType, required: true),
                .. _layout.EventColumns.Select(Property),
            ]);
        yield return Create(
            _layout.ListsTable,
            [
                Column(SqlTableMapping.ListColumn, Dialect.TextType, required: true),
                Column(SqlTableMapping.RecordIdColumn, Dialect.TextType, required: true),
            ]);
    }

    private string Property(PropertySymbol property) => Column(property.Name, _layout.ColumnType(property.Type), required: false);

    private string Column(string name, string type, bool required) =>
        $"{_layout.Column(name)} {type}{(required ? " NOT NULL" : string.Empty)}";

    private static string Create(string table, IEnumerable<string> columns) =>
        $"CREATE TABLE {table} (\n    {string.Join(",\n    ", columns)}\n)";
}
