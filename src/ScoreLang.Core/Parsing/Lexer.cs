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
    private int _position;

    private Lexer(SourceText source, DiagnosticBag diagnostics)
    {
        _source = source;
        _text = source.Text;
        _diagnostics = diagnostics;
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
        var text = kind == TokenKind.Identifier ? KeywordText(span) : _text.Substring(start, span.Length);
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

    /// <summary>Keywords and common names share one string instance, which keeps large files cheap.</summary>
    private string KeywordText(TextSpan span)
    {
        var word = _text.AsSpan(span.Start, span.Length);
        var lookup = KnownWords.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.TryGetValue(word, out var known) ? known : word.ToString();
    }

    private static readonly HashSet<string> KnownWords = BuildKnownWords();

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

    /// <summary>Shows control and invisible characters as <c>\uXXXX</c> so a message never hides them.</summary>
    internal static string Printable(string text) =>
        text.Length == 1 && (char.IsControl(text[0]) || char.IsWhiteSpace(text[0]) || char.IsSurrogate(text[0]) || text[0] == '\uFEFF')
            ? $"\\u{(int)text[0]:X4}"
            : text;
}
