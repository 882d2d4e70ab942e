using ScoreLang.Text;

namespace ScoreLang.Syntax;

public enum TriviaKind
{
    Whitespace,
    EndOfLine,
    /// <summary><c>// ...</c> up to the end of the line.</summary>
    LineComment,
    /// <summary><c>/* ... */</c>, possibly spanning lines.</summary>
    BlockComment,
}

/// <summary>Text between tokens that the formatter and the language server keep: spaces, line ends, comments.</summary>
public sealed record SyntaxTrivia(TriviaKind Kind, TextSpan Span, string Text)
{
    public bool IsComment => Kind is TriviaKind.LineComment or TriviaKind.BlockComment;
}
