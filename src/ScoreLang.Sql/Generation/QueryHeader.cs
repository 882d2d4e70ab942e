using System.Collections.Immutable;
using System.Globalization;
using ScoreLang.Semantics;

namespace ScoreLang.Sql.Generation;

/// <summary>The comment lines at the top of a score's query: what it computes, from where, and how to run it.</summary>
internal sealed class QueryHeader
{
    private readonly ScoreQueryContext _context;

    public QueryHeader(ScoreQueryContext context)
    {
        _context = context;
    }

    public IEnumerable<string> Lines(ImmutableArray<ScoreQueryGroup> groups, DateTime? asOf)
    {
        var score = _context.Score;
        var title = score.Title is null ? string.Empty : $" \"{score.Title}\"";
        var where = SqlComment.Where(score.Location);
        yield return SqlComment.Line(
            $"ScoreLang score {score.Name}{title}{(where.Length > 0 ? $" ({where})" : string.Empty)}: "
            + $"{Article(score.Kind)} {score.Kind.ToString().ToLowerInvariant()} score of {score.RecordTypeName} records.");
        var asOfText = asOf is { } date
            ? $"as of {date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} UTC"
            : _context.Dialect.AsOfDescription;
        yield return SqlComment.Line($"Generated for {_context.Dialect.DisplayName}; {asOfText}.");
        var groupList = groups.IsEmpty ? "no groups" : "one column per group: " + string.Join(", ", groups.Select(g => g.Column));
        yield return SqlComment.Line($"One row per {score.RecordTypeName}: id, score, engagement, fit, tier, then {groupList}.");
        yield return SqlComment.Line("A record that is not scored (S20) has NULL in every column but id. Tables: docs/scale-out.md.");
    }

    private static string Article(ScoreKind kind) => kind == ScoreKind.Engagement ? "an" : "a";
}
