using System.Collections.Immutable;
using ScoreLang.Diagnostics;
using ScoreLang.Syntax;
using ScoreLang.Text;

namespace ScoreLang.Parsing;

/// <summary>
/// Turns source text into tokens with trivia. It never fails: a character it does not know becomes a
/// <see cref="TokenKind.BadToken"/> with an SL1001 diagnostic, and lexing carries on. The last token is always
/// <see cref="TokenKind.EndOfFile"/>, whose leading trivia holds whatever follows the last real token, so the
/// tokens (with trivia) always spell the whole text.
/// </summary>
internal sealed partial class Lexer
{
    private readonly SourceText _source;
    private readonly string _text;
    private readonly DiagnosticBag _diagnostics;
    private readonly ImmutableArray<SyntaxTrivia>.Builder _trivia = ImmutableArray.CreateBuilder<SyntaxTrivia>();
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _namesLookup;
    private int _position;

    private Lexer(SourceText source, DiagnosticBag diagnostics)
    {
        _source = source;
        _text = source.Text;
        _diagnostics = diagnostics;
        _namesLookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static ImmutableArray<SyntaxToken> Lex(SourceText source, DiagnosticBag diagnostics)
    {
        var lexer = new Lexer(source, diagnostics);
        var tokens = ImmutableArray.CreateBuilder<SyntaxToken>(Math.Max(16, source.Length / 4));
        while (true)
        {
            var token = lexer.NextToken();
            tokens.Add(token);
            if (token.Kind == TokenKind.EndOfFile)
            {
                return tokens.ToImmutable();
            }
        }
    }

    private char Current => _position < _text.Length ? _text[_position] : '\0';

    private char Peek(int offset) => _position + offset < _text.Length ? _text[_position + offset] : '\0';

    private SyntaxToken NextToken()
    {
        var leading = ReadTrivia(leading: true);
        var start = _position;
        if (_position >= _text.Length)
        {
            return new SyntaxToken(TokenKind.EndOfFile, new TextSpan(start, 0), string.Empty, null, leading, []);
        }

        var (kind, value) = ReadTokenBody();
        var span = TextSpan.FromBounds(start, _position);
        var text = kind == TokenKind.Identifier ? WordText(span) : FixedText(kind) ?? _text.Substring(start, span.Length);
        var trailing = ReadTrivia(leading: false);
        return new SyntaxToken(kind, span, text, value, leading, trailing);
    }

    private (TokenKind Kind, object? Value) ReadTokenBody()
    {
        var c = Current;
        if (char.IsAsciiLetter(c) || c == '_')
        {
            while (char.IsAsciiLetterOrDigit(Current) || Current == '_')
            {
                _position++;
            }

            return (TokenKind.Identifier, null);
        }

        if (char.IsAsciiDigit(c))
        {
            return LooksLikeDate() ? ReadDate() : ReadNumber();
        }

        if (c == '"')
        {
            return (TokenKind.String, ReadString());
        }

        var kind = ReadPunctuation(c);
        return (kind, null);
    }

    private TokenKind ReadPunctuation(char c)
    {
        var (kind, length) = c switch
        {
            '+' => (TokenKind.Plus, 1),
            '-' => (TokenKind.Minus, 1),
            '%' => (TokenKind.Percent, 1),
            '{' => (TokenKind.OpenBrace, 1),
            '}' => (TokenKind.CloseBrace, 1),
            '(' => (TokenKind.OpenParen, 1),
            ')' => (TokenKind.CloseParen, 1),
            '[' => (TokenKind.OpenBracket, 1),
            ']' => (TokenKind.CloseBracket, 1),
            ',' => (TokenKind.Comma, 1),
            ':' => (TokenKind.Colon, 1),
            ';' => (TokenKind.Semicolon, 1),
            '.' => Peek(1) == '.' ? (TokenKind.DotDot, 2) : (TokenKind.Dot, 1),
            '=' => Peek(1) == '=' ? (TokenKind.EqualsEquals, 2) : (TokenKind.Equals, 1),
            '!' when Peek(1) == '=' => (TokenKind.BangEquals, 2),
            '<' => Peek(1) == '=' ? (TokenKind.LessEquals, 2) : (TokenKind.Less, 1),
            '>' => Peek(1) == '=' ? (TokenKind.GreaterEquals, 2) : (TokenKind.Greater, 1),
            _ => (TokenKind.BadToken, char.IsHighSurrogate(c) && char.IsLowSurrogate(Peek(1)) ? 2 : 1),
        };

        if (kind == TokenKind.BadToken)
        {
            var span = new TextSpan(_position, length);
            _diagnostics.Report(DiagnosticCatalog.UnexpectedCharacter, _source, span, Printable(_text.Substring(_position, length)));
        }

        _position += length;
        return kind;
    }

    /// <summary>
    /// Every occurrence of a word shares one string instance (keywords across parses, names within one), which keeps
    /// the token array of a large file small.
    /// </summary>
    private string WordText(TextSpan span)
    {
        var word = _text.AsSpan(span.Start, span.Length);
        if (KnownWordsLookup.TryGetValue(word, out var known) || _namesLookup.TryGetValue(word, out known))
        {
            return known;
        }

        var text = word.ToString();
        if (_names.Count < MaxCachedNames)
        {
            _names.Add(text);
        }

        return text;
    }

    private const int MaxCachedNames = 100_000;

    private static readonly HashSet<string> KnownWords = BuildKnownWords();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownWordsLookup = KnownWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static HashSet<string> BuildKnownWords()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var set in new[]
        {
            SyntaxFacts.DeclarationKeywords, SyntaxFacts.ScoreMemberKeywords, SyntaxFacts.RuleKeywords, SyntaxFacts.ExpressionKeywords,
            SyntaxFacts.TestKeywords, SyntaxFacts.ScoreKinds, SyntaxFacts.BuiltInTypes, SyntaxFacts.DurationUnits, SyntaxFacts.OutputSlots,
        })
        {
            words.UnionWith(set);
        }

        words.UnionWith(["on", "for", "none", "enum", "x", "tier"]);
        return words;
    }

    /// <summary>The fixed text of a punctuation token, so that none needs its own string.</summary>
    private static string? FixedText(TokenKind kind) => kind switch
    {
        TokenKind.Plus => "+",
        TokenKind.Minus => "-",
        TokenKind.Percent => "%",
        TokenKind.OpenBrace => "{",
        TokenKind.CloseBrace => "}",
        TokenKind.OpenParen => "(",
        TokenKind.CloseParen => ")",
        TokenKind.OpenBracket => "[",
        TokenKind.CloseBracket => "]",
        TokenKind.Comma => ",",
        TokenKind.Colon => ":",
        TokenKind.Semicolon => ";",
        TokenKind.Dot => ".",
        TokenKind.DotDot => "..",
        TokenKind.Equals => "=",
        TokenKind.EqualsEquals => "==",
        TokenKind.BangEquals => "!=",
        TokenKind.Less => "<",
        TokenKind.LessEquals => "<=",
        TokenKind.Greater => ">",
        TokenKind.GreaterEquals => ">=",
        _ => null,
    };

    /// <summary>Shows control and invisible characters as <c>\uXXXX</c> so a message never hides them.</summary>
    internal static string Printable(string text) =>
        text.Length == 1 && (char.IsControl(text[0]) || char.IsWhiteSpace(text[0]) || char.IsSurrogate(text[0]) || text[0] == '\uFEFF')
            ? $"\\u{(int)text[0]:X4}"
            : text;
}
