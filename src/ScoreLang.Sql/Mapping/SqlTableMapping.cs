namespace ScoreLang.Sql;

/// <summary>
/// Where the generated SQL reads its data (docs/scale-out.md, "Table mapping"):
/// <list type="bullet">
/// <item>one table per record type, named after it, with an <c>id</c> column (text) and one column per property,
/// named after it (associations hold the associated record's id);</item>
/// <item>one <see cref="EventsTable"/> with <c>record_id</c>, <c>type</c> (the event type's name), <c>timestamp</c>
/// (UTC, no time zone) and one column per attribute name over all event types;</item>
/// <item>one <see cref="ListsTable"/> with <c>list</c> and <c>record_id</c>: the static list memberships (S4).</item>
/// </list>
/// Every table is qualified with <see cref="SchemaName"/> when it is set (a PostgreSQL or DuckDB schema, a Spark
/// database), so one database can hold several data sets.
/// </summary>
public sealed record SqlTableMapping
{
    public const string IdColumn = "id";

    public const string RecordIdColumn = "record_id";

    public const string TypeColumn = "type";

    public const string TimestampColumn = "timestamp";

    public const string ListColumn = "list";

    public static SqlTableMapping Default { get; } = new();

    /// <summary>The schema (or Spark database) every table is in; null for the connection's default.</summary>
    public string? SchemaName { get; init; }

    public string EventsTable { get; init; } = "events";

    public string ListsTable { get; init; } = "lists";

    /// <summary>The table of a record type: its name.</summary>
    public static string RecordTable(string recordType) => recordType;
}
