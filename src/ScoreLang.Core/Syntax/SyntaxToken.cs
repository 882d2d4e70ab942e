using System.Collections.Immutable;
using ScoreLang.Text;

namespace ScoreLang.Syntax;

/// <summary>
/// One token with its trivia. Leading trivia holds everything since the previous token's trailing trivia;
/// trailing trivia holds spaces and a comment up to (not including) the end of the token's line.
/// <see cref="Value"/> is the decoded value of a number, string or date token (double, string, DateTime in UTC).
/// </summary>
public sealed record SyntaxToken(
    TokenKind Kind,
    TextSpan Span,
    string Text,
    object? Value,
    ImmutableArray<SyntaxTrivia> LeadingTrivia,
    ImmutableArray<SyntaxTrivia> TrailingTrivia)
{
    /// <summary>True for a token the parser invented to recover (its span is empty).</summary>
    public bool IsMissing => Span.Length == 0 && Kind != TokenKind.EndOfFile;

    public static SyntaxToken Missing(TokenKind kind, int position) =>
        new(kind, new TextSpan(position, 0), string.Empty, null, [], []);

    public override string ToString() => Text;
}
