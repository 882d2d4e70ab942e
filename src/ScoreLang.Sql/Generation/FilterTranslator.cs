using ScoreLang.Semantics;
using ScoreLang.Text;

namespace ScoreLang.Sql.Generation;

/// <summary>
/// <c>include</c> and <c>exclude</c> (S20) as one condition: a record is scored when it matches any include filter (or
/// there is none) and no exclude filter. A filter is a list membership (static or conditional, S4) or a condition.
/// </summary>
internal sealed class FilterTranslator
{
    private readonly ExpressionTranslator _expressions;

    public FilterTranslator(ExpressionTranslator expressions)
    {
        _expressions = expressions;
    }

    public string IsScored(IEnumerable<BoundFilter> filters)
    {
        var list = filters.ToList();
        var includes = list.Where(f => !f.IsExclude).Select(Matches).ToList();
        var excludes = list.Where(f => f.IsExclude).Select(Matches).ToList();
        var parts = new List<string>();
        if (includes.Count > 0)
        {
            parts.Add($"({string.Join(" OR ", includes)})");
        }

        if (excludes.Count > 0)
        {
            parts.Add($"NOT ({string.Join(" OR ", excludes)})");
        }

        return parts.Count == 0 ? "TRUE" : string.Join(" AND ", parts);
    }

    private string Matches(BoundFilter filter) => filter switch
    {
        { ListName: { } list } => _expressions.Condition(new BoundInList(list, false, new TextSpan(0, 0))),
        { Condition: { } condition } => _expressions.Condition(condition),
        _ => "FALSE",
    };
}
