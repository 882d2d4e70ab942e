using System.Collections.Immutable;

namespace ScoreLang.Sql;

/// <summary>
/// The SQL of one score for one engine: a single SELECT with one parameter, the as-of date
/// (<see cref="SqlDialect"/> says how it is written), returning one row per record of <see cref="RecordType"/> with the
/// columns <c>id, score, engagement, fit, tier</c> and then one column per group, in <see cref="Groups"/> order.
/// A record that is not scored (S20) has NULL in every column but <c>id</c>; <c>engagement</c> and <c>fit</c> are NULL
/// unless the score is combined (S7); <c>tier</c> is NULL when the value falls in no band.
/// </summary>
public sealed record ScoreQuery(
    string ScoreName,
    string RecordType,
    SqlDialect Dialect,
    string Sql,
    ImmutableArray<ScoreQueryGroup> Groups,
    bool HasAsOfParameter)
{
    /// <summary>The fixed leading columns, in order.</summary>
    public static ImmutableArray<string> FixedColumns { get; } = ["id", "score", "engagement", "fit", "tier"];

    /// <summary>Every column name in result order.</summary>
    public ImmutableArray<string> Columns => [.. FixedColumns, .. Groups.Select(g => g.Column)];
}

/// <summary>
/// The result column of a group: the group's name, or <c>group_</c> and its name when the name is already taken by a
/// fixed column or an earlier group (compared ignoring case, as DuckDB compares column names).
/// </summary>
public sealed record ScoreQueryGroup(string GroupName, string Column);
