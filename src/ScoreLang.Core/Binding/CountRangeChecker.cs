using ScoreLang.Diagnostics;
using ScoreLang.Syntax;

namespace ScoreLang.Binding;

/// <summary>
/// Count rules are not cumulative (S12): "2..5 visits +3" and "6.. visits +6" are independent, so two count rules on
/// the same event type with the same <c>where</c> and window should not overlap (warning SL3009). A range starting at
/// 0 with no end matches every record, even without any event (warning SL3011).
/// </summary>
internal sealed class CountRangeChecker(BindingContext context)
{
    public void Check(SyntaxTree tree, GroupDeclarationSyntax group)
    {
        var countRules = group.Rules.OfType<EventRuleSyntax>()
            .Where(r => r.Count is { From: not null } && !r.EventType.IsMissing)
            .Select(r => (Rule: r, Range: RangeOf(r.Count!)))
            .Where(r => r.Range is not null)
            .ToList();
        foreach (var (rule, range) in countRules)
        {
            if (range!.Value.From == 0 && range.Value.To is null)
            {
                context.Report(DiagnosticCatalog.CountRangeAlwaysMatches, tree, rule.Count!.Span, RangeBinder.Format(0, null), rule.EventType.Text);
            }
        }

        for (var i = 0; i < countRules.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                var (later, earlier) = (countRules[i], countRules[j]);
                if (Key(tree, later.Rule) != Key(tree, earlier.Rule))
                {
                    continue;
                }

                var (a, b) = (later.Range!.Value, earlier.Range!.Value);
                if (RangeBinder.Overlap(a.From, a.To, b.From, b.To))
                {
                    var example = Math.Max(a.From, b.From);
                    context.Add(Diagnostic.Create(DiagnosticCatalog.CountRangesOverlap, BindingContext.Location(tree, later.Rule.Count!.Span),
                            RangeBinder.Format(a.From, a.To), RangeBinder.Format(b.From, b.To), later.Rule.EventType.Text, example)
                        .WithRelated(BindingContext.Location(tree, earlier.Rule.Span), "The other rule is here."));
                    break;
                }
            }
        }
    }

    /// <summary>Ranges are checked silently here: the rule binder reports invalid ones.</summary>
    private static (int From, int? To)? RangeOf(RangeSyntax range)
    {
        var from = range.From!.Value;
        var to = range.IsSingleValue ? from : range.To?.Value;
        if (from < 0 || Math.Floor(from) != from || (to is { } t && (Math.Floor(t) != t || t < from)))
        {
            return null;
        }

        return ((int)from, to is { } end ? (int)end : null);
    }

    private static string Key(SyntaxTree tree, EventRuleSyntax rule) => string.Join(
        "\u0001",
        rule.EventType.Text,
        rule.Where is null ? string.Empty : Normalize(tree.Source.ToString(rule.Where.Span)),
        rule.Within is null ? string.Empty : Normalize(tree.Source.ToString(rule.Within.Span)));

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
