using ScoreLang.Diagnostics;
using ScoreLang.Syntax;

namespace ScoreLang.Formatting;

/// <summary>
/// The formatter's safety net: the formatted text must parse without errors to an equivalent tree and keep every
/// comment, in order and with the same text. When it does not, the formatter has a bug and the user's text is kept.
/// </summary>
internal static class FormatVerifier
{
    /// <summary>Null when <paramref name="output"/> is a faithful rewrite of <paramref name="original"/>; else what is wrong.</summary>
    public static string? Check(SyntaxTree original, IReadOnlyList<SourceElement> originalElements, string output)
    {
        var reparsed = SyntaxTree.Parse(output, original.Source.Path);
        var error = reparsed.Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
        if (error is not null)
        {
            return "the formatted text does not parse: " + error.Message;
        }

        if (!SyntaxEquivalence.AreEquivalent(original.Root, reparsed.Root))
        {
            return "the formatted text does not mean the same as the original.";
        }

        var before = Comments(originalElements);
        var after = Comments(SourceElement.FromTokens(reparsed.Tokens));
        return before.SequenceEqual(after, StringComparer.Ordinal) ? null : "a comment was lost or changed.";
    }

    /// <summary>The comments of a file in order, as the formatter writes them (line comments without trailing spaces).</summary>
    public static List<string> Comments(IReadOnlyList<SourceElement> elements) =>
        [.. elements.Where(e => e.IsComment).Select(e => e.CommentText)];
}
