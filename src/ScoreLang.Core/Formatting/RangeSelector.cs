using ScoreLang.Syntax;
using ScoreLang.Text;

namespace ScoreLang.Formatting;

/// <summary>
/// Decides what range formatting touches: the declarations, members, rules, properties and bands whose own tokens
/// the range overlaps, each whole, with the comments on the lines just above the first one. A range inside one rule
/// formats that rule; a range over a group's header formats the whole group.
/// </summary>
internal static class RangeSelector
{
    /// <summary>The source region to format, or null when the range touches no code.</summary>
    public static TextSpan? Region(SyntaxTree tree, TextSpan range, IReadOnlyList<SourceElement> elements)
    {
        TextSpan? region = null;
        foreach (var declaration in tree.Root.Declarations)
        {
            Visit(declaration);
        }

        return region is { } found ? ExtendOverLeadingComments(found, elements) : null;

        void Visit(SyntaxNode node)
        {
            if (!Touches(node.Span, range))
            {
                return;
            }

            var children = LineChildren(node).ToList();
            var ownTokenTouched = tree.Tokens.Any(t =>
                t.Kind != TokenKind.EndOfFile && node.Span.Contains(t.Span.Start) && Touches(t.Span, range)
                && !children.Any(c => c.Span.Contains(t.Span.Start)));
            if (ownTokenTouched)
            {
                region = region is { } r ? r.Cover(node.Span) : node.Span;
                return;
            }

            foreach (var child in children)
            {
                Visit(child);
            }
        }
    }

    /// <summary>
    /// True when a change belongs to range formatting: it ends inside the region or at its start (the indentation of
    /// its first line), or lies wholly inside the requested range (so that formatting everything formats everything).
    /// </summary>
    public static bool Includes(TextSpan? region, TextSpan range, TextChange change) =>
        (region is { } r && change.Span.Start < r.End && change.Span.End >= r.Start)
        || (change.Span.Start >= range.Start && change.Span.End <= range.End);

    /// <summary>The nearest descendants that sit on lines of their own.</summary>
    private static IEnumerable<SyntaxNode> LineChildren(SyntaxNode node)
    {
        foreach (var child in node.ChildNodes())
        {
            if (IsLineLevel(child))
            {
                yield return child;
            }
            else
            {
                foreach (var grandChild in LineChildren(child))
                {
                    yield return grandChild;
                }
            }
        }
    }

    private static bool IsLineLevel(SyntaxNode node) =>
        node is DeclarationSyntax or ScoreMemberSyntax or RuleSyntax or PropertyDeclarationSyntax or BandSyntax or TestMemberSyntax;

    private static bool Touches(TextSpan span, TextSpan range) =>
        range.Length == 0 ? span.ContainsOrTouches(range.Start) : span.OverlapsWith(range);

    private static TextSpan ExtendOverLeadingComments(TextSpan region, IReadOnlyList<SourceElement> elements)
    {
        var first = -1;
        for (var i = 0; i < elements.Count; i++)
        {
            if (elements[i].Token is not null && elements[i].Span.Start == region.Start)
            {
                first = i;
                break;
            }
        }

        var start = region.Start;
        for (var i = first - 1; i >= 0 && elements[i].IsComment && elements[i].NewlineBefore; i--)
        {
            start = elements[i].Span.Start;
        }

        return TextSpan.FromBounds(start, region.End);
    }
}
