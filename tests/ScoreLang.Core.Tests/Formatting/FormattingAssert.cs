using ScoreLang.Diagnostics;
using ScoreLang.Formatting;
using ScoreLang.Syntax;
using Xunit;

namespace ScoreLang.Tests.Formatting;

/// <summary>
/// The formatter's contract on one valid file: it formats (no skip), the result parses without errors to an
/// equivalent tree (same meaning), keeps every comment in order, is a fixed point (formatting again changes
/// nothing), and its minimal changes rebuild exactly the printed text. The safety net is off so the raw printer is
/// what is checked.
/// </summary>
internal static class FormattingAssert
{
    private static readonly FormattingOptions Raw = FormattingOptions.Default with { Verify = false };

    public static string Faithful(string text)
    {
        var tree = SyntaxTree.Parse(text);
        var errors = tree.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, $"The input does not parse: {string.Join("; ", errors)}\n---\n{text}");

        var result = ScoreFormatter.Format(tree, Raw);
        Assert.False(result.Skipped, $"{result.Message}\n---\n{text}");

        var elements = SourceElement.FromTokens(tree.Tokens);
        var printed = CompilationUnitPrinter.Print(tree, elements, Raw).Text;
        Assert.Equal(printed, result.Text);

        var reparsed = SyntaxTree.Parse(result.Text);
        var newErrors = reparsed.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(newErrors.Count == 0, $"The output does not parse: {string.Join("; ", newErrors)}\n---\n{result.Text}");
        Assert.Equal(SyntaxEquivalence.Describe(tree.Root), SyntaxEquivalence.Describe(reparsed.Root));
        Assert.Equal(Comments(tree), Comments(reparsed));

        var again = ScoreFormatter.Format(reparsed, Raw);
        Assert.Equal(result.Text, again.Text);
        Assert.Equal(FormatStatus.Unchanged, again.Status);
        return result.Text;
    }

    /// <summary>Every comment of a file, in order, as written (line comments without trailing spaces).</summary>
    public static List<string> Comments(SyntaxTree tree) =>
        [.. tree.Tokens.SelectMany(t => t.LeadingTrivia.Concat(t.TrailingTrivia))
            .Where(t => t.IsComment)
            .Select(t => t.Kind == TriviaKind.LineComment ? t.Text.TrimEnd() : t.Text)];
}
