using System.Diagnostics.CodeAnalysis;
using Pidgin;
using ScoreLang.Syntax;

namespace ScoreLang.Parsing;

/// <summary>
/// The first alternative that succeeds; an alternative that fails after consuming input fails the choice (Pidgin's
/// <c>OneOf</c> semantics). Unlike <c>OneOf</c> it keeps no per-call lists of expected tokens: this grammar reports its
/// own "Expected ... but found ..." diagnostics, and choices are on the hot path of every token.
/// </summary>
internal sealed class ChoiceParser<T> : Parser<SyntaxToken, T>
{
    private readonly Parser<SyntaxToken, T>[] _alternatives;

    public ChoiceParser(Parser<SyntaxToken, T>[] alternatives)
    {
        _alternatives = alternatives;
    }

    public override bool TryParse(ref ParseState<SyntaxToken> state, ref PooledList<Expected<SyntaxToken>> expecteds, [MaybeNullWhen(false)] out T result)
    {
        var start = state.Location;
        foreach (var alternative in _alternatives)
        {
            if (alternative.TryParse(ref state, ref expecteds, out result))
            {
                return true;
            }

            if (state.Location != start)
            {
                return false;
            }
        }

        result = default;
        return false;
    }
}

/// <summary>An optional part: <c>Just</c> the value, or <c>Nothing</c> when the parser fails without consuming input.</summary>
internal sealed class OptionalParser<T> : Parser<SyntaxToken, Maybe<T>>
{
    private readonly Parser<SyntaxToken, T> _parser;

    public OptionalParser(Parser<SyntaxToken, T> parser)
    {
        _parser = parser;
    }

    public override bool TryParse(ref ParseState<SyntaxToken> state, ref PooledList<Expected<SyntaxToken>> expecteds, out Maybe<T> result)
    {
        var start = state.Location;
        if (_parser.TryParse(ref state, ref expecteds, out var value))
        {
            result = Maybe.Just(value);
            return true;
        }

        result = Maybe.Nothing<T>();
        return state.Location == start;
    }
}
