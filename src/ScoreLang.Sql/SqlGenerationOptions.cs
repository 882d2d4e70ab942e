namespace ScoreLang.Sql;

/// <summary>How <see cref="SqlGenerator"/> writes its SQL.</summary>
public sealed record SqlGenerationOptions
{
    public static SqlGenerationOptions Default { get; } = new();

    /// <summary>Where the data is (table and schema names).</summary>
    public SqlTableMapping Mapping { get; init; } = SqlTableMapping.Default;

    /// <summary>
    /// When set, the as-of date is written into the SQL as a literal and the queries take no parameter (for a script
    /// to run as is); when null, it is the query's one parameter (<see cref="ScoreQuery.HasAsOfParameter"/>).
    /// </summary>
    public DateTime? AsOf { get; init; }
}
