using System.Runtime.InteropServices;
using Pidgin;
using ScoreLang.Diagnostics;
using ScoreLang.Syntax;
using ScoreLang.Text;

namespace ScoreLang.Parsing;

/// <summary>
/// Entry point of the parser: the hand-written <see cref="Lexer"/>, then the Pidgin grammar of <see cref="FileParser"/>
/// over the token array. Parsing never throws: the grammar recovers from errors itself, and should Pidgin still fail
/// (a bug), the failure becomes a diagnostic and the file one error declaration.
/// </summary>
internal static class Parser
{
    public static SyntaxTree ParseTree(SourceText source)
    {
        var diagnostics = new DiagnosticBag();
        var tokens = Lexer.Lex(source, diagnostics);
        var context = new ParseContext(source, ImmutableCollectionsMarshal.AsArray(tokens)!, diagnostics);
        var root = ParseRoot(context);
        return new SyntaxTree(source, root, tokens, diagnostics.ToImmutable());
    }

    private static CompilationUnitSyntax ParseRoot(ParseContext context)
    {
        try
        {
            var result = new FileParser(context).CompilationUnit.Parse(context.Tokens);
            if (result.Success)
            {
                return result.Value;
            }

            return Fallback(context, result.Error?.ErrorOffset ?? 0, result.Error?.Message ?? "the parser stopped");
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or IndexOutOfRangeException or ParseException or NullReferenceException)
        {
            // A bug in the grammar must cost the user a diagnostic, never the process.
            return Fallback(context, 0, exception.Message);
        }
    }

    private static CompilationUnitSyntax Fallback(ParseContext context, long offset, string reason)
    {
        var index = (int)Math.Clamp(offset, 0, context.Tokens.Length - 1);
        context.Report(DiagnosticCatalog.InternalParserError, context.ErrorSpan(index), reason);
        var endOfFile = context.Tokens[^1];
        var all = new Recovery(new TokenParsers(context)).Skipped(0, context.Tokens.Length - 1);
        var declarations = all.Tokens.IsEmpty ? [] : new DeclarationSyntax[] { new ErrorDeclarationSyntax(all, all.Span) };
        return new CompilationUnitSyntax([.. declarations], endOfFile, TextSpan.FromBounds(0, context.Source.Length));
    }
}
