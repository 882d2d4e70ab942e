using Pidgin;
using ScoreLang.Diagnostics;
using ScoreLang.Syntax;
using ScoreLang.Text;

namespace ScoreLang.Parsing;

/// <summary>
/// Keeps conditions from recursing without bound. The expression grammar has one parser per nesting level (each
/// parenthesis and each <c>not</c> is a level); at <see cref="MaxDepth"/> a <c>(</c> or <c>not</c> reaches this guard
/// instead, which reports SL1013 once and skips the over-deep part with a loop (counting parentheses), never a call
/// per level. A stack overflow cannot be caught in .NET, so the limit is structural, not a try/catch.
/// </summary>
internal sealed class NestingGuard
{
    /// <summary>Parentheses and <c>not</c>s allowed inside each other.</summary>
    public const int MaxDepth = 64;

    /// <summary>Terms of one <c>and</c>/<c>or</c> chain before it is reported (SL1015) and folded as a balanced tree.</summary>
    public const int MaxChainTerms = 256;

    private readonly ParseContext _context;
    private readonly Recovery _recovery;

    public NestingGuard(TokenParsers tokens, Recovery recovery)
    {
        _context = tokens.Context;
        _recovery = recovery;
        TooDeep = TokenParsers.Cursor(Skip);
    }

    /// <summary>At a <c>(</c> or <c>not</c> one level too deep: reports, skips the nested part, yields a missing expression.</summary>
    public Parser<SyntaxToken, ExpressionSyntax> TooDeep { get; }

    public void ReportChainTooLong(TextSpan span) => _context.Report(DiagnosticCatalog.ConditionTooLong, span, MaxChainTerms);

    private CursorStep<ExpressionSyntax> Skip(int start)
    {
        if (!_context.IsKind(start, TokenKind.OpenParen) && !_context.IsWord(start, "not"))
        {
            return CursorStep<ExpressionSyntax>.Fail;
        }

        _context.Report(DiagnosticCatalog.NestingTooDeep, _context.At(start).Span, MaxDepth);
        var i = start;
        var depth = 0;
        var closedGroup = false;
        while (!IsHardStop(i))
        {
            var token = _context.At(i);
            if (token.Kind == TokenKind.OpenParen)
            {
                depth++;
            }
            else if (token.Kind == TokenKind.CloseParen)
            {
                if (depth == 0)
                {
                    break;
                }

                depth--;
                closedGroup = depth == 0;
            }
            else if (depth == 0 && !_context.IsWord(i, "not") && (closedGroup || EndsFlatPredicate(i, start)))
            {
                break;
            }

            i++;
            if (closedGroup && !_context.IsKind(i, TokenKind.OpenParen))
            {
                break;
            }
        }

        var span = _context.SpanOf(start, i);
        return CursorStep<ExpressionSyntax>.Ok(i - start, new MissingExpressionSyntax(span));
    }

    /// <summary>After a run of <c>not</c>s, the predicate they negate ends at a connective, a ')' or a new line.</summary>
    private bool EndsFlatPredicate(int i, int start) =>
        _context.IsWord(i, "and") || _context.IsWord(i, "or") || _context.IsKind(i, TokenKind.Plus) || (i > start && _context.StartsLine(i));

    private bool IsHardStop(int i) =>
        _context.At(i).Kind is TokenKind.EndOfFile or TokenKind.OpenBrace or TokenKind.CloseBrace || _recovery.IsDeclarationStart(i);
}
