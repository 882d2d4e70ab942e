using System.Diagnostics.CodeAnalysis;
using Pidgin;
using ScoreLang.Syntax;
using ScoreLang.Text;

namespace ScoreLang.Parsing;

/// <summary>
/// Runs an inner parser and gives the node it builds the span of the tokens it consumed (see
/// <see cref="ParseContext.SpanOf"/>). Equivalent to <c>Map(CurrentOffset, inner, CurrentOffset)</c>, but one call
/// instead of four, and every node of the tree goes through it.
/// </summary>
internal sealed class NodeParser<TMake, T> : Parser<SyntaxToken, T>
{
    private readonly ParseContext _context;
    private readonly Parser<SyntaxToken, TMake> _inner;
    private readonly Func<TMake, int, TextSpan, T> _apply;

    public NodeParser(ParseContext context, Parser<SyntaxToken, TMake> inner, Func<TMake, int, TextSpan, T> apply)
    {
        _context = context;
        _inner = inner;
        _apply = apply;
    }

    public override bool TryParse(ref ParseState<SyntaxToken> state, ref PooledList<Expected<SyntaxToken>> expecteds, [MaybeNullWhen(false)] out T result)
    {
        var start = (int)state.Location;
        if (!_inner.TryParse(ref state, ref expecteds, out var make))
        {
            result = default;
            return false;
        }

        result = _apply(make, start, _context.SpanOf(start, (int)state.Location));
        return true;
    }
}
