using System.Diagnostics.CodeAnalysis;
using Pidgin;
using ScoreLang.Syntax;

namespace ScoreLang.Parsing;

/// <summary>
/// <c>OneOf</c> for alternatives that each start with a known token: picks the one alternative by the current token
/// (a word's text or a punctuation kind) instead of trying them in turn. Alternatives whose start needs more
/// lookahead share a key and are combined with <c>Or</c> by the caller; tokens without a key go to the fallback.
/// </summary>
internal sealed class DispatchParser<T> : Parser<SyntaxToken, T>
{
    private readonly Dictionary<string, Parser<SyntaxToken, T>> _byWord;
    private readonly Dictionary<TokenKind, Parser<SyntaxToken, T>> _byKind;
    private readonly Parser<SyntaxToken, T>? _fallback;

    public DispatchParser(
        Dictionary<string, Parser<SyntaxToken, T>> byWord,
        Dictionary<TokenKind, Parser<SyntaxToken, T>> byKind,
        Parser<SyntaxToken, T>? fallback)
    {
        _byWord = byWord;
        _byKind = byKind;
        _fallback = fallback;
    }

    public override bool TryParse(ref ParseState<SyntaxToken> state, ref PooledList<Expected<SyntaxToken>> expecteds, [MaybeNullWhen(false)] out T result)
    {
        Parser<SyntaxToken, T>? chosen = null;
        if (state.HasCurrent)
        {
            var token = state.Current;
            if (token.Kind == TokenKind.Identifier)
            {
                _byWord.TryGetValue(token.Text, out chosen);
            }

            chosen ??= _byKind.GetValueOrDefault(token.Kind);
        }

        chosen ??= _fallback;
        if (chosen is null)
        {
            var eof = !state.HasCurrent;
            state.SetError(eof ? Maybe.Nothing<SyntaxToken>() : Maybe.Just(state.Current), eof, state.Location, null);
            result = default;
            return false;
        }

        return chosen.TryParse(ref state, ref expecteds, out result);
    }
}
