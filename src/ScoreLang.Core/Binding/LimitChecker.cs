using ScoreLang.Diagnostics;
using ScoreLang.Semantics;
using ScoreLang.Syntax;

namespace ScoreLang.Binding;

/// <summary>
/// The limit warnings of S13/S14: a group limited above the score limit, a score limit the groups can never reach,
/// and a rule whose points alone exceed its group's limit.
/// </summary>
internal sealed class LimitChecker(BindingContext context)
{
    public void Check(SyntaxTree tree, ScoreHeader score, LimitClauseSyntax? scoreLimit, IReadOnlyList<(GroupSymbol Group, GroupDeclarationSyntax Syntax)> groups)
    {
        foreach (var (group, syntax) in groups)
        {
            if (group.Limit is not { } groupLimit)
            {
                continue;
            }

            if (score.Limit is { } limit && groupLimit > limit && syntax.Limit is { } limitSyntax)
            {
                context.Report(DiagnosticCatalog.GroupLimitExceedsScoreLimit, tree, limitSyntax.Span, group.Name, DecayBinder.Number(groupLimit), DecayBinder.Number(limit));
            }

            foreach (var rule in group.Rules.Where(r => r.Points > groupLimit))
            {
                var ruleSyntax = syntax.Rules.FirstOrDefault(r => r.Span == rule.Location.Span);
                if (ruleSyntax is not null && PointsOf(ruleSyntax) is { } points)
                {
                    context.Report(DiagnosticCatalog.RulePointsExceedGroupLimit, tree, points.Span, DecayBinder.Number(rule.Points), group.Name, DecayBinder.Number(groupLimit));
                }
            }
        }

        if (score.Limit is { } scoreMax && scoreLimit is not null && groups.Count > 0)
        {
            var capacities = groups.Select(g => SymbolDescriber.MaxContribution(g.Group)).ToList();
            if (capacities.All(c => c is not null) && capacities.Sum(c => c!.Value) < scoreMax)
            {
                context.Report(DiagnosticCatalog.ScoreLimitUnreachable, tree, scoreLimit.Value.Span, score.Name, DecayBinder.Number(scoreMax), DecayBinder.Number(capacities.Sum(c => c!.Value)));
            }
        }
    }

    private static PointsSyntax? PointsOf(RuleSyntax syntax) => syntax switch
    {
        EventRuleSyntax e => e.Points,
        PropertyRuleSyntax p => p.Points,
        _ => null,
    };
}
