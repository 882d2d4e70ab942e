using System.Collections.Frozen;
using System.Collections.Immutable;

namespace ScoreLang.Sql.Execution;

/// <summary>
/// One record's values as a SQL engine computed them (the columns of <see cref="ScoreQuery"/>): NULL values for a record
/// that is not scored (S20); <see cref="Groups"/> in the order of the score's groups.
/// </summary>
public sealed record SqlScoreRow(string Id, double? Score, double? Engagement, double? Fit, string? Tier, ImmutableArray<double?> Groups)
{
    /// <summary>A scored record always has a score (0 at least, unless <c>floor none</c>); an unscored one has none.</summary>
    public bool IsScored => Score is not null;
}

/// <summary>Every row one score's query returned, in the order the engine returned them, with a lookup by id.</summary>
public sealed class SqlScoreResults
{
    private readonly FrozenDictionary<string, SqlScoreRow> _byId;

    public SqlScoreResults(ScoreQuery query, DateTime asOf, ImmutableArray<SqlScoreRow> rows)
    {
        Query = query;
        AsOf = asOf;
        Rows = rows;
        _byId = rows.DistinctBy(r => r.Id, StringComparer.Ordinal).ToFrozenDictionary(r => r.Id, StringComparer.Ordinal);
    }

    public ScoreQuery Query { get; }

    public DateTime AsOf { get; }

    public ImmutableArray<SqlScoreRow> Rows { get; }

    public SqlScoreRow? Find(string id) => _byId.TryGetValue(id, out var row) ? row : null;

    /// <summary>The value of group <paramref name="groupName"/> in <paramref name="row"/> (null when unscored).</summary>
    public double? GroupValue(SqlScoreRow row, string groupName)
    {
        var index = -1;
        for (var g = 0; g < Query.Groups.Length && index < 0; g++)
        {
            index = string.Equals(Query.Groups[g].GroupName, groupName, StringComparison.Ordinal) ? g : -1;
        }

        return index < 0
            ? throw new ArgumentException($"Score '{Query.ScoreName}' has no group '{groupName}'.", nameof(groupName))
            : row.Groups[index];
    }
}
