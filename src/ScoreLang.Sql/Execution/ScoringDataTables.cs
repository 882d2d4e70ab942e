using ScoreLang.Runtime;
using ScoreLang.Semantics;
using ScoreLang.Sql.Mapping;

namespace ScoreLang.Sql.Execution;

/// <summary>
/// The runtime's columnar <see cref="ScoringData"/> as the rows of the mapped tables (docs/scale-out.md): one table per
/// record type, the events table and the lists table. Rows are produced lazily, so a bulk writer streams them.
/// </summary>
internal sealed class ScoringDataTables
{
    private readonly SqlSchemaLayout _layout;
    private readonly ScoringData _data;

    public ScoringDataTables(SqlSchemaLayout layout, ScoringData data)
    {
        _layout = layout;
        _data = data;
    }

    public IEnumerable<TableData> Tables()
    {
        var mapping = _layout.Mapping;
        foreach (var recordType in _layout.RecordTypes)
        {
            var columns = new List<TableColumn> { new(SqlTableMapping.IdColumn, DataKind.String) };
            columns.AddRange(recordType.Properties.Select(p => new TableColumn(p.Name, p.Type.Kind)));
            var name = SqlTableMapping.RecordTable(recordType.Name);
            yield return new TableData(mapping.SchemaName, name, _layout.RecordTable(recordType.Name), columns, RecordRows(recordType));
        }

        var eventColumns = new List<TableColumn>
        {
            new(SqlTableMapping.RecordIdColumn, DataKind.String),
            new(SqlTableMapping.TypeColumn, DataKind.String),
            new(SqlTableMapping.TimestampColumn, DataKind.DateTime),
        };
        eventColumns.AddRange(_layout.EventColumns.Select(c => new TableColumn(c.Name, c.Type.Kind)));
        yield return new TableData(mapping.SchemaName, mapping.EventsTable, _layout.EventsTable, eventColumns, EventRows());

        TableColumn[] listColumns = [new(SqlTableMapping.ListColumn, DataKind.String), new(SqlTableMapping.RecordIdColumn, DataKind.String)];
        yield return new TableData(mapping.SchemaName, mapping.ListsTable, _layout.ListsTable, listColumns, ListRows());
    }

    private IEnumerable<object?[]> RecordRows(RecordTypeSymbol recordType)
    {
        if (!_data.Records.TryGetValue(recordType.Name, out var batch))
        {
            yield break;
        }

        for (var row = 0; row < batch.Count; row++)
        {
            var values = new object?[recordType.Properties.Length + 1];
            values[0] = batch.Ids[row];
            foreach (var property in recordType.Properties)
            {
                values[property.Ordinal + 1] = batch.Columns[property.Ordinal].GetValue(row);
            }

            yield return values;
        }
    }

    private IEnumerable<object?[]> EventRows()
    {
        var columnIndex = _layout.EventColumns
            .Select((column, index) => (column.Name, index))
            .ToDictionary(c => c.Name, c => c.index + 3, StringComparer.OrdinalIgnoreCase);
        foreach (var table in _data.Events.Values.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            var batch = _data.RecordsOf(table.RecordTypeName);
            for (var row = 0; row < batch.Count; row++)
            {
                var range = table.RangeOf(row);
                for (var i = range.Start.Value; i < range.End.Value; i++)
                {
                    var values = new object?[_layout.EventColumns.Length + 3];
                    values[0] = batch.Ids[row];
                    values[1] = table.Name;
                    values[2] = new DateTime(table.Ticks[i], DateTimeKind.Utc);
                    foreach (var attribute in table.EventType.Attributes)
                    {
                        values[columnIndex[attribute.Name]] = table.Attributes[attribute.Ordinal].GetValue(i);
                    }

                    yield return values;
                }
            }
        }
    }

    private IEnumerable<object?[]> ListRows()
    {
        foreach (var batch in _data.Records.Values.OrderBy(b => b.Name, StringComparer.Ordinal))
        {
            foreach (var (list, members) in batch.Lists.OrderBy(l => l.Key, StringComparer.Ordinal))
            {
                for (var row = 0; row < batch.Count; row++)
                {
                    if (members[row])
                    {
                        yield return [list, batch.Ids[row]];
                    }
                }
            }
        }
    }
}
