using Pidgin;
using ScoreLang.Syntax;
using ScoreLang.Text;
using static Pidgin.Parser<ScoreLang.Syntax.SyntaxToken>;

namespace ScoreLang.Parsing;

/// <summary>
/// The token-level building blocks of the grammar: words (contextual keywords matched by text), punctuation,
/// literals, "expect" parsers that never fail (they report "Expected X but found Y" and invent a missing node), and
/// <see cref="Node{T}"/>, which gives every node the exact span of the tokens it consumed.
/// </summary>
internal sealed class TokenParsers
{
    public TokenParsers(ParseContext context)
    {
        Context = context;
        Identifier = Kind(TokenKind.Identifier).Select(t => new IdentifierSyntax(t.Text, t.Span));
        String = Kind(TokenKind.String).Select(t => new StringLiteralSyntax(t.Value as string ?? string.Empty, t.Span));
        Number = Kind(TokenKind.Number).Select(ToNumber);
        Date = Kind(TokenKind.Date).Select(t => new DateLiteralExpressionSyntax(t.Value as DateTime? ?? DateTime.UnixEpoch, t.Text, t.Span));
        OptionalString = String.OrNothing().Select(m => m.HasValue ? m.Value : null);
    }

    public ParseContext Context { get; }

    public Parser<SyntaxToken, IdentifierSyntax> Identifier { get; }

    public Parser<SyntaxToken, StringLiteralSyntax> String { get; }

    public Parser<SyntaxToken, StringLiteralSyntax?> OptionalString { get; }

    public Parser<SyntaxToken, NumberLiteralSyntax> Number { get; }

    public Parser<SyntaxToken, DateLiteralExpressionSyntax> Date { get; }

    public static Parser<SyntaxToken, SyntaxToken> Kind(TokenKind kind) => Token(t => t.Kind == kind);

    /// <summary>A contextual keyword: an identifier with exactly this text.</summary>
    public static Parser<SyntaxToken, SyntaxToken> Word(string word) =>
        Token(t => t.Kind == TokenKind.Identifier && string.Equals(t.Text, word, StringComparison.Ordinal));

    public static Parser<SyntaxToken, SyntaxToken> AnyWord(params string[] words) =>
        Token(t => t.Kind == TokenKind.Identifier && Array.IndexOf(words, t.Text) >= 0);

    /// <summary>A word that is the keyword <paramref name="word"/> only when the next token is <paramref name="next"/>.</summary>
    public Parser<SyntaxToken, SyntaxToken> WordFollowedBy(string word, string next) =>
        Peek(i => Context.IsWord(i, word) && Context.IsWord(i + 1, next)).Then(Word(word));

    public static NumberLiteralSyntax ToNumber(SyntaxToken token) => new(token.Value as double? ?? 0d, token.Span);

    public static Parser<SyntaxToken, T> Cursor<T>(Func<int, CursorStep<T>> step) => new CursorParser<T>(step);

    /// <summary>Succeeds, consuming nothing, when <paramref name="predicate"/> holds at the current token index.</summary>
    public static Parser<SyntaxToken, Unit> Peek(Func<int, bool> predicate) =>
        Cursor(i => predicate(i) ? CursorStep<Unit>.Ok(0, Unit.Value) : CursorStep<Unit>.Fail);

    /// <summary>Reports "Expected <paramref name="expected"/> but found ..." and returns an invented node with an empty span.</summary>
    public Parser<SyntaxToken, T> Missing<T>(string expected, Func<TextSpan, T> make) =>
        Cursor(i =>
        {
            Context.ReportExpected(i, expected);
            return CursorStep<T>.Ok(0, make(new TextSpan(Context.MissingPosition(i), 0)));
        });

    public Parser<SyntaxToken, IdentifierSyntax> ExpectIdentifier(string expected) =>
        Identifier.OrElse(Missing(expected, span => new IdentifierSyntax(string.Empty, span)));

    /// <summary>
    /// A declared name, which is missing when the word there is the keyword that should follow it
    /// (<c>score for contact</c> lacks the name; it is not a score called "for").
    /// </summary>
    public Parser<SyntaxToken, IdentifierSyntax> ExpectName(string expected, string nextKeyword) =>
        Peek(i => !Context.IsWord(i, nextKeyword)).Then(Identifier).OrElse(Missing(expected, span => new IdentifierSyntax(string.Empty, span)));

    public Parser<SyntaxToken, NumberLiteralSyntax> ExpectNumber(string expected) =>
        Number.OrElse(Missing(expected, span => new NumberLiteralSyntax(0, span)));

    public Parser<SyntaxToken, StringLiteralSyntax> ExpectString(string expected) =>
        String.OrElse(Missing(expected, span => new StringLiteralSyntax(string.Empty, span)));

    public Parser<SyntaxToken, DateLiteralExpressionSyntax> ExpectDate(string expected) =>
        Date.OrElse(Missing(expected, span => new DateLiteralExpressionSyntax(DateTime.UnixEpoch, string.Empty, span)));

    /// <summary>The keyword, or (reported) nothing: returns whether it was there.</summary>
    public Parser<SyntaxToken, bool> ExpectWord(string word) =>
        Word(word).ThenReturn(true).OrElse(Missing($"'{word}'", _ => false));

    public Parser<SyntaxToken, bool> ExpectKind(TokenKind kind, string text) =>
        Kind(kind).ThenReturn(true).OrElse(Missing($"'{text}'", _ => false));

    /// <summary>Runs <paramref name="parser"/> and hands the span of the tokens it consumed to the node it builds.</summary>
    public Parser<SyntaxToken, T> Node<T>(Parser<SyntaxToken, Func<TextSpan, T>> parser) =>
        new NodeParser<Func<TextSpan, T>, T>(Context, parser, static (make, _, span) => make(span));

    /// <summary>Like <see cref="Node{T}"/>, also passing the index of the first token (for diagnostics about the construct).</summary>
    public Parser<SyntaxToken, T> NodeAt<T>(Parser<SyntaxToken, Func<int, TextSpan, T>> parser) =>
        new NodeParser<Func<int, TextSpan, T>, T>(Context, parser, static (make, start, span) => make(start, span));

    /// <summary>Chooses among alternatives by the current token: a word's text, else the token kind, else the fallback.</summary>
    public static Parser<SyntaxToken, T> Dispatch<T>(
        IEnumerable<(string Word, Parser<SyntaxToken, T> Parser)> byWord,
        IEnumerable<(TokenKind Kind, Parser<SyntaxToken, T> Parser)> byKind,
        Parser<SyntaxToken, T>? fallback = null) =>
        new DispatchParser<T>(
            byWord.ToDictionary(p => p.Word, p => p.Parser, StringComparer.Ordinal),
            byKind.ToDictionary(p => p.Kind, p => p.Parser),
            fallback);

    /// <summary>A value that is absent (null) unless <paramref name="parser"/> matches.</summary>
    public static Parser<SyntaxToken, T?> Opt<T>(Parser<SyntaxToken, T> parser)
        where T : class =>
        new OptionalParser<T>(parser).Select(m => m.HasValue ? m.Value : null);

    /// <summary>Pidgin's <c>OneOf</c>, without its bookkeeping of expected tokens (see <see cref="ChoiceParser{T}"/>).</summary>
    public static Parser<SyntaxToken, T> FirstOf<T>(params Parser<SyntaxToken, T>[] alternatives) => new ChoiceParser<T>(alternatives);


}
