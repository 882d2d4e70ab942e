using System.Globalization;
using ScoreLang.Semantics;
using ScoreLang.Sql;
using ValueType = ScoreLang.Semantics.ValueType;

namespace ScoreLang.Cli.Engines.DirectRead;

/// <summary>
/// The SQL that stages one data file in a temporary table (values converted, a <c>sl_bad</c> flag on every row the
/// reader would report) and the queries that count the rows ScoreLang's reader reports: rows without an id, type or
/// time, duplicate ids, cells that do not fit, unknown event types or lists, references to records not in the data.
/// </summary>
internal static class StagingSql
{
    public const string Bad = "sl_bad";

    public static string RecordTable(string recordType) => CellSql.Identifier("sl_records_" + recordType);

    /// <summary>A record file: <c>id</c>, then every property under its own name.</summary>
    public static string StageRecords(string table, RecordTypeSymbol recordType, DataFileSql file)
    {
        var columns = new List<string> { $"{file.Text(SqlTableMapping.IdColumn)} AS id" };
        var bad = new List<string> { "FALSE" };
        foreach (var property in recordType.Properties)
        {
            var isAssociation = property.Type.Kind == DataKind.Association;
            var value = isAssociation ? file.Text(property.Name) : file.Value(property.Name, property.Type);
            columns.Add($"{value} AS {CellSql.Identifier(property.Name)}");
            if (!isAssociation && property.Type.Kind != DataKind.String)
            {
                bad.Add($"({file.IsKnown(property.Name)} AND {value} IS NULL)");
            }
        }

        return Stage(table, columns, bad, file);
    }

    /// <summary>Rows without an id or with a bad cell, and ids read twice.</summary>
    public static string CountRecordProblems(string table) =>
        $"SELECT count(*) FILTER (WHERE id IS NULL OR {Bad}) + (count(id) - count(DISTINCT id)) FROM {table}";

    /// <summary>Associations to ids that are not in the target type's data (<paramref name="targetTable"/> null: a type without a file).</summary>
    public static string CountMissingTargets(string table, PropertySymbol association, string? targetTable)
    {
        var column = CellSql.Identifier(association.Name);
        return targetTable is null
            ? $"SELECT count(*) FROM {table} WHERE {column} IS NOT NULL"
            : $"SELECT count(*) FROM {table} WHERE {column} IS NOT NULL AND {column} NOT IN (SELECT id FROM {targetTable})";
    }

    /// <summary>An events file: record id, type (resolved to the schema's name), UTC time, then the events table's attribute columns.</summary>
    public static string StageEvents(string table, IReadOnlyList<EventTypeSymbol> types, string? onlyType, IReadOnlyList<PropertySymbol> eventColumns, DataFileSql file)
    {
        var type = onlyType is not null
            ? CellSql.Literal(onlyType)
            : CellSql.MatchName(file.Text(SqlTableMapping.TypeColumn), [.. types.Select(t => t.Name)], trim: false);
        var time = file.Value(SqlTableMapping.TimestampColumn, ValueType.DateTime);
        var columns = new List<string>
        {
            $"{file.Text(SqlTableMapping.RecordIdColumn)} AS record_id",
            $"{type} AS type",
            $"{time} AS \"timestamp\"",
        };
        var bad = new List<string> { $"{file.Text(SqlTableMapping.RecordIdColumn)} IS NULL", $"{type} IS NULL", $"{time} IS NULL" };
        foreach (var column in eventColumns)
        {
            var owners = types.Select(t => (Type: t, Attribute: t.Attributes.FirstOrDefault(a => string.Equals(a.Name, column.Name, StringComparison.Ordinal))))
                .Where(o => o.Attribute is not null)
                .ToList();
            if (owners.Count == 0)
            {
                columns.Add($"NULL AS {CellSql.Identifier(column.Name)}");
                continue;
            }

            // A cell of an attribute the row's type does not have is ignored, as the reader ignores it.
            var values = owners.Select(o => $"WHEN {CellSql.Literal(o.Type.Name)} THEN {file.Value(column.Name, o.Attribute!.Type)}");
            columns.Add($"CASE {type} {string.Join(" ", values)} END AS {CellSql.Identifier(column.Name)}");
            var checks = owners.Where(o => o.Attribute!.Type.Kind != DataKind.String)
                .Select(o => $"WHEN {CellSql.Literal(o.Type.Name)} THEN ({file.IsKnown(column.Name)} AND {file.Value(column.Name, o.Attribute!.Type)} IS NULL)")
                .ToList();
            if (checks.Count > 0)
            {
                bad.Add($"coalesce(CASE {type} {string.Join(" ", checks)} END, FALSE)");
            }
        }

        return Stage(table, columns, bad, file);
    }

    /// <summary>A lists file: rows naming a list that is not a static list of the schema, or no member, are bad.</summary>
    public static string StageLists(string table, IReadOnlyList<string> staticLists, DataFileSql file)
    {
        var list = file.Text(SqlTableMapping.ListColumn);
        var member = file.Text(SqlTableMapping.RecordIdColumn);
        var known = staticLists.Count == 0 ? "FALSE" : $"{list} IN ({string.Join(", ", staticLists.Select(CellSql.Literal))})";
        return Stage(table, [$"{list} AS list", $"{member} AS record_id"], [$"{list} IS NULL", $"NOT coalesce({known}, FALSE)", $"{member} IS NULL"], file);
    }

    /// <summary>Rows of a staged events or lists table that are bad, or whose record (of the given names' record type) is not in the data.</summary>
    public static string CountOrphans(string table, string nameColumn, IReadOnlyList<string> names, string? recordsTable)
    {
        var these = $"{nameColumn} IN ({string.Join(", ", names.Select(CellSql.Literal))})";
        return recordsTable is null
            ? $"SELECT count(*) FROM {table} WHERE NOT {Bad} AND {these}"
            : $"SELECT count(*) FROM {table} WHERE NOT {Bad} AND {these} AND record_id NOT IN (SELECT id FROM {recordsTable})";
    }

    public static string CountBad(string table) => $"SELECT count(*) FILTER (WHERE {Bad}) FROM {table}";

    public static string Name(string prefix, int index) => CellSql.Identifier(string.Create(CultureInfo.InvariantCulture, $"sl_{prefix}_{index}"));

    private static string Stage(string table, IEnumerable<string> columns, IEnumerable<string> bad, DataFileSql file) =>
        $"CREATE OR REPLACE TEMP TABLE {table} AS SELECT {string.Join(", ", columns)}, ({string.Join(" OR ", bad)}) AS {Bad} FROM {file.Source}";
}
