using System.Collections.Immutable;
using ScoreLang.Text;

namespace ScoreLang.Syntax;

/// <summary>
/// The base of every immutable syntax node. <see cref="Span"/> covers the node's tokens without trivia.
/// Nodes list their children through <see cref="ChildNodes"/> so that walkers (symbol lookup, folding,
/// semantic tokens) need no per-node code.
/// </summary>
public abstract record SyntaxNode(TextSpan Span)
{
    public abstract IEnumerable<SyntaxNode> ChildNodes();

    /// <summary>This node and all nodes below it, in source order.</summary>
    public IEnumerable<SyntaxNode> DescendantsAndSelf()
    {
        var stack = new Stack<SyntaxNode>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            foreach (var child in node.ChildNodes().Reverse())
            {
                stack.Push(child);
            }
        }
    }

    /// <summary>The innermost node whose span contains or touches <paramref name="position"/>.</summary>
    public SyntaxNode FindNode(int position)
    {
        var current = this;
        while (true)
        {
            var next = current.ChildNodes().FirstOrDefault(c => c.Span.ContainsOrTouches(position));
            if (next is null)
            {
                return current;
            }

            current = next;
        }
    }

    protected static IEnumerable<SyntaxNode> Children(params object?[] items)
    {
        foreach (var item in items)
        {
            switch (item)
            {
                case SyntaxNode node:
                    yield return node;
                    break;
                case IEnumerable<SyntaxNode> nodes:
                    foreach (var n in nodes)
                    {
                        yield return n;
                    }

                    break;
            }
        }
    }
}

/// <summary>A name as written. A missing name (after an error) has an empty <see cref="Text"/> and an empty span.</summary>
public sealed record IdentifierSyntax(string Text, TextSpan Span) : SyntaxNode(Span)
{
    public bool IsMissing => Text.Length == 0;

    public override IEnumerable<SyntaxNode> ChildNodes() => [];

    public override string ToString() => Text;
}

/// <summary>A string literal: <see cref="Value"/> is the decoded text.</summary>
public sealed record StringLiteralSyntax(string Value, TextSpan Span) : SyntaxNode(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => [];
}

/// <summary>A number as written, with an optional sign: <c>+15</c>, <c>-20</c>, <c>2.5</c>.</summary>
public sealed record NumberLiteralSyntax(double Value, TextSpan Span) : SyntaxNode(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => [];
}

/// <summary>
/// A length of time: <c>30 days</c>, <c>1 month</c>, <c>3 months</c>. <see cref="Unit"/> is the unit word as written
/// (day(s), week(s), month(s), year(s)); the binder checks it.
/// </summary>
public sealed record DurationSyntax(NumberLiteralSyntax Amount, IdentifierSyntax Unit, TextSpan Span) : SyntaxNode(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Children(Amount, Unit);
}

/// <summary>
/// An inclusive range <c>2..5</c>, or an open one <c>6..</c>; a single number <c>3</c> is <c>3..3</c>.
/// </summary>
public sealed record RangeSyntax(NumberLiteralSyntax? From, NumberLiteralSyntax? To, bool IsSingleValue, TextSpan Span) : SyntaxNode(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Children(From, To);
}

/// <summary>Tokens the parser skipped to recover; a diagnostic was reported for them.</summary>
public sealed record SkippedTokensSyntax(ImmutableArray<SyntaxToken> Tokens, TextSpan Span) : SyntaxNode(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => [];
}
