using ScoreLang.Diagnostics;
using ScoreLang.Syntax;
using ScoreLang.Text;

namespace ScoreLang.Parsing;

/// <summary>
/// The state one parse shares between the grammar classes: the token array Pidgin reads, the source and the
/// diagnostics. Grammar parsers only report after they have consumed the token that commits them to a construct,
/// so Pidgin's backtracking (which happens only before anything is consumed) never leaves a stray diagnostic.
/// </summary>
internal sealed class ParseContext
{
    private int _lastExpectedPosition = -1;

    public ParseContext(SourceText source, SyntaxToken[] tokens, DiagnosticBag diagnostics)
    {
        Source = source;
        Tokens = tokens;
        Diagnostics = diagnostics;
    }

    public SourceText Source { get; }

    /// <summary>All tokens; the last one is <see cref="TokenKind.EndOfFile"/>.</summary>
    public SyntaxToken[] Tokens { get; }

    public DiagnosticBag Diagnostics { get; }

    public SyntaxToken At(int index) => Tokens[Math.Clamp(index, 0, Tokens.Length - 1)];

    public bool IsWord(int index, string word) =>
        At(index) is { Kind: TokenKind.Identifier } token && string.Equals(token.Text, word, StringComparison.Ordinal);

    public bool IsKind(int index, TokenKind kind) => At(index).Kind == kind;

    /// <summary>True when a line break separates token <paramref name="index"/> from the token before it.</summary>
    public bool StartsLine(int index)
    {
        if (index <= 0)
        {
            return true;
        }

        foreach (var trivia in At(index).LeadingTrivia)
        {
            if (trivia.Kind == TriviaKind.EndOfLine || (trivia.Kind == TriviaKind.BlockComment && trivia.Text.AsSpan().IndexOfAny('\r', '\n') >= 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where an invented (missing) token or node sits: right after the previous real token.</summary>
    public int MissingPosition(int index) => index <= 0 ? At(0).Span.Start : At(index - 1).Span.End;

    /// <summary>
    /// The span a "expected ... but found ..." diagnostic points at: the unexpected token, unless it starts another
    /// line; then the end of the line where the expected text is missing (as compilers do for a missing ';').
    /// </summary>
    public TextSpan ErrorSpan(int index)
    {
        var token = At(index);
        return token.Kind == TokenKind.EndOfFile || (index > 0 && StartsLine(index))
            ? new TextSpan(MissingPosition(index), 0)
            : token.Span;
    }

    /// <summary>How a token is named in a message: <c>'decay'</c>, <c>the string "x"</c>, <c>the end of the file</c>.</summary>
    public string Describe(int index)
    {
        var token = At(index);
        return token.Kind switch
        {
            TokenKind.EndOfFile => "the end of the file",
            TokenKind.String => token.Text.Length > 30 ? $"the string {token.Text[..27]}...\"" : $"the string {token.Text}",
            TokenKind.BadToken => $"'{Lexer.Printable(token.Text)}'",
            _ => token.Text.Length > 30 ? $"'{token.Text[..27]}...'" : $"'{token.Text}'",
        };
    }

    /// <summary>
    /// Reports "Expected X but found Y", once per position: when recovery invents several missing pieces at the same
    /// place (a ')' for each open parenthesis, say), only the first says so.
    /// </summary>
    public void ReportExpected(int index, string expected, bool atToken = false)
    {
        var span = atToken ? At(index).Span : ErrorSpan(index);
        if (span.Start == _lastExpectedPosition)
        {
            return;
        }

        _lastExpectedPosition = span.Start;
        Diagnostics.Report(DiagnosticCatalog.Expected, Source, span, expected, Describe(index));
    }

    public void Report(DiagnosticDescriptor descriptor, TextSpan span, params object?[] args) =>
        Diagnostics.Report(descriptor, Source, span, args);

    /// <summary>The span from token <paramref name="start"/> to the token before <paramref name="end"/>; empty when none was consumed.</summary>
    public TextSpan SpanOf(int start, int end) =>
        end > start ? TextSpan.FromBounds(At(start).Span.Start, At(end - 1).Span.End) : new TextSpan(MissingPosition(start), 0);
}
