using System.Collections.Immutable;
using Pidgin;
using ScoreLang.Diagnostics;
using ScoreLang.Syntax;
using ScoreLang.Text;

namespace ScoreLang.Parsing;

/// <summary>
/// Error recovery: where each kind of list (declarations, score members, rules, test members, properties) may
/// resynchronise, and the parsers that skip unexpected tokens up to such a point. Skipping counts braces so that a
/// mistyped block (<c>grup x { ... }</c>) is skipped whole, but it always stops at something that can only start a
/// declaration, so one unclosed brace never swallows the rest of the file.
/// </summary>
internal sealed class Recovery
{
    private readonly ParseContext _context;
    private readonly TokenParsers _tokens;

    public Recovery(TokenParsers tokens)
    {
        _tokens = tokens;
        _context = tokens.Context;
    }

    /// <summary>
    /// Token sequences that only a declaration starts with: <c>import "</c>, <c>record x</c>, <c>score x</c>,
    /// <c>event x on</c>, <c>list x of</c>. (<c>event x</c> alone is a rule or a test event.)
    /// </summary>
    public bool IsDeclarationStart(int i)
    {
        var token = _context.At(i);
        if (token.Kind != TokenKind.Identifier)
        {
            return false;
        }

        return token.Text switch
        {
            "import" => _context.IsKind(i + 1, TokenKind.String),
            "record" or "score" => _context.IsKind(i + 1, TokenKind.Identifier),
            "event" => _context.IsKind(i + 1, TokenKind.Identifier) && _context.IsWord(i + 2, "on"),
            "list" => _context.IsKind(i + 1, TokenKind.Identifier) && _context.IsWord(i + 2, "of"),
            _ => false,
        };
    }

    /// <summary>A top-level resynchronisation point: a declaration start, or a declaration keyword that begins a line.</summary>
    public bool IsTopLevelSync(int i) =>
        IsDeclarationStart(i)
        || (_context.StartsLine(i) && _context.At(i) is { Kind: TokenKind.Identifier } t && SyntaxFacts.DeclarationKeywords.Contains(t.Text));

    public bool IsScoreMemberStart(int i)
    {
        var token = _context.At(i);
        if (token.Kind != TokenKind.Identifier)
        {
            return false;
        }

        return token.Text switch
        {
            "kind" or "limit" or "floor" or "output" or "include" or "exclude" or "group" or "thresholds" => true,
            "test" or "model" => _context.IsKind(i + 1, TokenKind.String),
            "closed" => _context.IsWord(i + 1, "when"),
            "fit" or "engagement" => _context.IsWord(i + 1, "group"),
            _ => false,
        };
    }

    public bool IsRuleStart(int i) => (_context.IsWord(i, "event") || _context.IsWord(i, "when")) && !IsDeclarationStart(i);

    public bool IsTestMemberStart(int i)
    {
        var token = _context.At(i);
        if (token.Kind != TokenKind.Identifier || IsDeclarationStart(i))
        {
            return false;
        }

        return token.Text switch
        {
            "as" or "given" or "member" or "event" or "expect" => true,
            _ => _context.IsKind(i + 1, TokenKind.Identifier) && _context.IsKind(i + 2, TokenKind.OpenBrace),
        };
    }

    /// <summary>
    /// Skips at least one unexpected token (reporting what was expected, with a "did you mean" for a misspelt keyword)
    /// up to the next token where <paramref name="isItemStart"/> or <paramref name="isListEnd"/> holds outside braces, the
    /// next line outside braces (one diagnostic per bad line, so a second typo is reported on its own), a
    /// <c>}</c> that closes the enclosing block, a declaration start or the end of the file. Fails without consuming
    /// anything when the current token already ends the list, so <c>Many</c> stops there.
    /// </summary>
    public Parser<SyntaxToken, SkippedTokensSyntax> Skip(string expected, Func<int, bool> isItemStart, Func<int, bool> isListEnd, IReadOnlyCollection<string> keywords) =>
        TokenParsers.Cursor(start =>
        {
            if (EndsBlock(start) || isListEnd(start))
            {
                return CursorStep<SkippedTokensSyntax>.Fail;
            }

            ReportUnexpected(start, expected, keywords);
            var depth = 0;
            var i = start;
            do
            {
                var kind = _context.At(i).Kind;
                depth += kind == TokenKind.OpenBrace ? 1 : kind == TokenKind.CloseBrace ? -1 : 0;
                i++;
            }
            while (!IsDeclarationStart(i) && !_context.IsKind(i, TokenKind.EndOfFile)
                && !(depth <= 0 && (_context.IsKind(i, TokenKind.CloseBrace) || isItemStart(i) || isListEnd(i) || _context.StartsLine(i))));

            return CursorStep<SkippedTokensSyntax>.Ok(i - start, Skipped(start, i));
        });

    /// <summary>A <c>}</c>, a declaration start or the end of the file: no block-level list goes past these.</summary>
    public bool EndsBlock(int i) => _context.IsKind(i, TokenKind.CloseBrace) || _context.IsKind(i, TokenKind.EndOfFile) || IsDeclarationStart(i);

    public SkippedTokensSyntax Skipped(int start, int end) =>
        new([.. _context.Tokens.AsSpan(start, end - start)], _context.SpanOf(start, end));

    /// <summary>SL1011 at the construct whose block was never closed (<c>score x</c>, <c>group y</c>).</summary>
    public void ReportUnclosed(int keywordIndex, IdentifierSyntax? name)
    {
        var span = _context.At(keywordIndex).Span;
        if (name is { IsMissing: false })
        {
            span = span.Cover(name.Span);
        }

        _context.Report(DiagnosticCatalog.MissingCloseBrace, span, _context.Source.ToString(span));
    }

    private void ReportUnexpected(int index, string expected, IReadOnlyCollection<string> keywords)
    {
        var token = _context.At(index);
        var suggestion = token.Kind == TokenKind.Identifier ? Spelling.Closest(token.Text, keywords) : null;
        if (suggestion is null)
        {
            _context.ReportExpected(index, expected, atToken: true);
            return;
        }

        var diagnostic = _context.Diagnostics.Report(DiagnosticCatalog.MisspelledKeyword, _context.Source, token.Span, expected, token.Text, suggestion);
        _context.Diagnostics.ReplaceLast(diagnostic.WithFix(suggestion));
    }

    /// <summary>The items of a block and whether its braces were there; the construct reports a missing '}' itself.</summary>
    public readonly record struct Block<T>(ImmutableArray<T> Items, bool HasOpen, bool HasClose);

    /// <summary>
    /// <c>{ item* }</c> where the braces are expected (reported when missing) and items recover through <paramref name="error"/>.
    /// The list also ends where <paramref name="isListEnd"/> holds: something that belongs to an enclosing block whose
    /// '}' is missing.
    /// </summary>
    public Parser<SyntaxToken, Block<T>> BlockOf<T>(Parser<SyntaxToken, T> item, Parser<SyntaxToken, T> error, Func<int, bool>? isListEnd = null) =>
        Pidgin.Parser.Map(
            (open, items, close) => new Block<T>([.. items], open, close),
            _tokens.ExpectKind(TokenKind.OpenBrace, "{"),
            TokenParsers.Peek(i => !EndsBlock(i) && !(isListEnd?.Invoke(i) ?? false)).Then(item).OrElse(error).Many(),
            TokenParsers.Kind(TokenKind.CloseBrace).ThenReturn(true).OrElse(Pidgin.Parser<SyntaxToken>.Return(false)));

    public TextSpan TokenSpan(int index) => _context.At(index).Span;
}
