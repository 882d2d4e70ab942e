using Pidgin;
using ScoreLang.Diagnostics;
using ScoreLang.Syntax;
using ScoreLang.Text;
using static Pidgin.Parser;

namespace ScoreLang.Parsing;

/// <summary>
/// The whole grammar, built for one parse: <c>file = declaration* EOF</c>. Text that starts no declaration becomes an
/// <see cref="ErrorDeclarationSyntax"/> (SL1012) that runs to the next declaration keyword.
/// </summary>
internal sealed class FileParser
{
    private readonly ParseContext _context;

    public FileParser(ParseContext context)
    {
        _context = context;
        var tokens = new TokenParsers(context);
        var recovery = new Recovery(tokens);
        var expressions = new ExpressionParser(tokens, recovery);
        var rules = new RuleParser(tokens, recovery, expressions);
        var tests = new TestBlockParser(tokens, recovery, expressions);
        var scores = new ScoreParser(tokens, recovery, expressions, rules, tests);
        var schema = new SchemaParser(tokens, recovery, expressions);

        var error = TokenParsers.Cursor(start =>
        {
            if (context.IsKind(start, TokenKind.EndOfFile))
            {
                return CursorStep<DeclarationSyntax>.Fail;
            }

            ReportUnexpected(start);
            var end = start + 1;
            while (!context.IsKind(end, TokenKind.EndOfFile) && !recovery.IsTopLevelSync(end))
            {
                end++;
            }

            var skipped = recovery.Skipped(start, end);
            return CursorStep<DeclarationSyntax>.Ok(end - start, new ErrorDeclarationSyntax(skipped, skipped.Span));
        });

        var declaration = TokenParsers.Dispatch(
            [("import", schema.Import), ("record", schema.Record), ("event", schema.Event), ("list", schema.List), ("score", scores.Score)],
            [],
            error);
        CompilationUnit = Map(
            (declarations, endOfFile) => new CompilationUnitSyntax([.. declarations], endOfFile, TextSpan.FromBounds(0, context.Source.Length)),
            declaration.Many(),
            TokenParsers.Kind(TokenKind.EndOfFile));
    }

    public Parser<SyntaxToken, CompilationUnitSyntax> CompilationUnit { get; }

    private void ReportUnexpected(int index)
    {
        var token = _context.At(index);
        var suggestion = token.Kind == TokenKind.Identifier ? Spelling.Closest(token.Text, SyntaxFacts.DeclarationKeywords) : null;
        if (suggestion is null)
        {
            _context.Report(DiagnosticCatalog.UnexpectedTopLevel, token.Span, _context.Describe(index));
            return;
        }

        var diagnostic = _context.Diagnostics.Report(
            DiagnosticCatalog.MisspelledKeyword, _context.Source, token.Span, "'import', 'record', 'event', 'list' or 'score'", token.Text, suggestion);
        _context.Diagnostics.ReplaceLast(diagnostic.WithFix(suggestion));
    }
}
