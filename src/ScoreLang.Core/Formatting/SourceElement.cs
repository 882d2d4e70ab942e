using ScoreLang.Syntax;
using ScoreLang.Text;

namespace ScoreLang.Formatting;

/// <summary>
/// One thing the formatter places: a token or a comment of the source, in source order, with the line structure
/// around it. Whitespace is not an element: the formatter makes its own, except for the facts recorded here, which
/// decide where comments go and which blank lines survive.
/// </summary>
/// <param name="Token">The token, or null for a comment.</param>
/// <param name="Comment">The comment trivia, or null for a token.</param>
/// <param name="NewlineBefore">A line end separates this element from the previous one (true at the start of the file).</param>
/// <param name="BlankLineBefore">At least one empty line separates this element from the previous one.</param>
/// <param name="NewlineAfter">A line end follows before the next element (always true for a line comment).</param>
internal sealed record SourceElement(SyntaxToken? Token, SyntaxTrivia? Comment, bool NewlineBefore, bool BlankLineBefore, bool NewlineAfter)
{
    public TextSpan Span => Token?.Span ?? Comment!.Span;

    public bool IsComment => Comment is not null;

    public bool IsLineComment => Comment?.Kind == TriviaKind.LineComment;

    /// <summary>The comment as the formatter writes it: a line comment loses trailing spaces, a block comment is kept verbatim.</summary>
    public string CommentText => IsLineComment ? Comment!.Text.TrimEnd() : Comment!.Text;

    /// <summary>Flattens the tokens and their comment trivia into elements, computing the line facts.</summary>
    public static List<SourceElement> FromTokens(IEnumerable<SyntaxToken> tokens)
    {
        var pending = new List<(SyntaxToken? Token, SyntaxTrivia? Comment, int LineEndsBefore)>();
        var lineEnds = 0;
        var atStart = true;
        foreach (var token in tokens)
        {
            foreach (var trivia in token.LeadingTrivia)
            {
                Visit(trivia);
            }

            if (!token.IsMissing)
            {
                pending.Add((token, null, atStart ? 1 : lineEnds));
                lineEnds = 0;
                atStart = false;
            }

            foreach (var trivia in token.TrailingTrivia)
            {
                Visit(trivia);
            }
        }

        // Line ends after the last element count as "newline after" for it.
        pending.Add((null, null, lineEnds));

        var elements = new List<SourceElement>(pending.Count);
        for (var i = 0; i < pending.Count - 1; i++)
        {
            var (token, comment, before) = pending[i];
            var after = pending[i + 1].LineEndsBefore > 0 || comment?.Kind == TriviaKind.LineComment;
            elements.Add(new SourceElement(token, comment, before > 0, before > 1, after));
        }

        return elements;

        void Visit(SyntaxTrivia trivia)
        {
            if (trivia.Kind == TriviaKind.EndOfLine)
            {
                lineEnds++;
            }
            else if (trivia.IsComment)
            {
                pending.Add((null, trivia, atStart ? 1 : lineEnds));
                lineEnds = 0;
                atStart = false;
            }
        }
    }
}
