using ScoreLang.Syntax;

namespace ScoreLang.Build.Pipeline;

/// <summary>
/// One .score or .schema file as the generator sees it: <see cref="Path"/> as the build gave it (diagnostics point
/// there), <see cref="RelativePath"/> (from the project folder, '/'-separated: the name it is compiled and embedded
/// under, so generated code does not depend on where the repository is checked out) and <see cref="Text"/> with every
/// comment blanked out, so every token keeps its offset, line and column.
/// Two sources are equal when they differ at most in comments and in spaces at line ends (<see cref="Key"/>): a
/// comment-only edit then gives an equal value and nothing downstream runs again. Roslyn keeps the earlier value in
/// that case, which has the same tokens at the same lines and columns, so diagnostics and the line references in the
/// generated code stay exact.
/// </summary>
internal sealed record ScoreSource(string Path, string RelativePath, string Text)
{
    private string? _key;

    public bool IsScore => Path.EndsWith(".score", StringComparison.OrdinalIgnoreCase);

    /// <summary>The text without spaces at line ends (where blanked end-of-line comments leave them).</summary>
    public string Key => _key ??= string.Join("\n", Text.ReplaceLineEndings("\n").Split('\n').Select(line => line.TrimEnd()));

    public static ScoreSource Create(string path, string relativePath, string text) =>
        new(path, relativePath, BlankComments(text, relativePath));

    public bool Equals(ScoreSource? other) =>
        other is not null && Path == other.Path && RelativePath == other.RelativePath && Key == other.Key;

    public override int GetHashCode() => HashCode.Combine(Path, RelativePath, Key);

    /// <summary>
    /// Replaces each comment character with a space, keeping line breaks. A file with syntax errors is kept whole: an
    /// error may sit inside a comment (an unterminated <c>/*</c>), and such a file regenerates on every edit anyway.
    /// </summary>
    internal static string BlankComments(string text, string path)
    {
        var tree = SyntaxTree.Parse(text, path);
        if (!tree.Diagnostics.IsEmpty)
        {
            return text;
        }

        char[]? chars = null;
        foreach (var token in tree.Tokens)
        {
            foreach (var trivia in token.LeadingTrivia.Concat(token.TrailingTrivia))
            {
                if (!trivia.IsComment)
                {
                    continue;
                }

                chars ??= text.ToCharArray();
                for (var i = trivia.Span.Start; i < trivia.Span.End; i++)
                {
                    if (chars[i] is not ('\r' or '\n'))
                    {
                        chars[i] = ' ';
                    }
                }
            }
        }

        return chars is null ? text : new string(chars);
    }
}
