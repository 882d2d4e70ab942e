using System.Collections.Immutable;
using ScoreLang.Diagnostics;
using ScoreLang.Semantics;
using ScoreLang.Text;
using ValueType = ScoreLang.Semantics.ValueType;

namespace ScoreLang.Sql.Mapping;

/// <summary>
/// The <see cref="SqlTableMapping"/> applied to one schema for one dialect: quoted table and column names, the columns
/// of the shared events table, the SQL type of every column, and the diagnostics of names that cannot be mapped
/// (collisions, names the engine cannot hold). Generation and loading both read names from here, so they always agree.
/// </summary>
internal sealed class SqlSchemaLayout
{
    /// <summary>The place of a problem that no score or schema file holds (a table mapping option).</summary>
    public static readonly SourceLocation Nowhere = new(SourceText.From(string.Empty, "<table mapping>"), new TextSpan(0, 0));

    public SqlSchemaLayout(SchemaModel schema, SqlTableMapping mapping, SqlDialect dialect)
    {
        Schema = schema;
        Mapping = mapping;
        Dialect = dialect;
        RecordTypes = [.. schema.Records.Values.OrderBy(r => r.Name, StringComparer.Ordinal)];
        var diagnostics = new List<Diagnostic>();
        EventColumns = CollectEventColumns(schema, diagnostics);
        new SqlNameValidator(this, diagnostics).Validate();
        Diagnostics = [.. diagnostics];
    }

    public SchemaModel Schema { get; }

    public SqlTableMapping Mapping { get; }

    public SqlDialect Dialect { get; }

    /// <summary>Record types in name order (the order tables are created in).</summary>
    public ImmutableArray<RecordTypeSymbol> RecordTypes { get; }

    /// <summary>The attribute columns of the events table: one per attribute name, as first declared (event types in name order).</summary>
    public ImmutableArray<PropertySymbol> EventColumns { get; }

    public ImmutableArray<Diagnostic> Diagnostics { get; }

    public bool IsValid => Diagnostics.IsEmpty;

    public string RecordTable(string recordType) => Table(SqlTableMapping.RecordTable(recordType));

    public string EventsTable => Table(Mapping.EventsTable);

    public string ListsTable => Table(Mapping.ListsTable);

    public string Column(string name) => Dialect.QuoteIdentifier(name);

    /// <summary>The SQL type of a property or attribute column: text for strings, enum members and associated ids.</summary>
    public string ColumnType(ValueType type) => type.Kind switch
    {
        DataKind.Number => Dialect.DoubleType,
        DataKind.Bool => Dialect.BooleanType,
        DataKind.Date => Dialect.DateType,
        DataKind.DateTime => Dialect.TimestampType,
        _ => Dialect.TextType,
    };

    /// <summary>What a value of this kind is stored as: two kinds in one column must agree on it.</summary>
    public static string StorageClass(DataKind kind) => kind switch
    {
        DataKind.Number => "number",
        DataKind.Bool => "bool",
        DataKind.Date => "date",
        DataKind.DateTime => "datetime",
        _ => "text",
    };

    public static SourceLocation LocationOf(Symbol symbol) => symbol.Location ?? Nowhere;

    private string Table(string name) => Mapping.SchemaName is { } schema
        ? $"{Dialect.QuoteIdentifier(schema)}.{Dialect.QuoteIdentifier(name)}"
        : Dialect.QuoteIdentifier(name);

    private static ImmutableArray<PropertySymbol> CollectEventColumns(SchemaModel schema, List<Diagnostic> diagnostics)
    {
        var columns = new Dictionary<string, (PropertySymbol Attribute, EventTypeSymbol Event)>(StringComparer.OrdinalIgnoreCase);
        var ordered = new List<PropertySymbol>();
        foreach (var eventType in schema.Events.Values.OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            foreach (var attribute in eventType.Attributes)
            {
                if (!columns.TryGetValue(attribute.Name, out var first))
                {
                    columns.Add(attribute.Name, (attribute, eventType));
                    ordered.Add(attribute);
                }
                else if (!string.Equals(first.Attribute.Name, attribute.Name, StringComparison.Ordinal))
                {
                    diagnostics.Add(Diagnostic.Create(
                        SqlDiagnostics.NameCollision, LocationOf(attribute), $"attribute '{attribute.Name}' of event type '{eventType.Name}'",
                        $"'{first.Attribute.Name}'", $"event type '{first.Event.Name}'"));
                }
                else if (StorageClass(first.Attribute.Type.Kind) != StorageClass(attribute.Type.Kind))
                {
                    diagnostics.Add(Diagnostic.Create(
                        SqlDiagnostics.AttributeTypeConflict, LocationOf(attribute), attribute.Name, eventType.Name, attribute.Type,
                        first.Event.Name, first.Attribute.Type));
                }
            }
        }

        return [.. ordered];
    }
}
