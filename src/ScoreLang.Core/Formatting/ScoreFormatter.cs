using System.Globalization;
using ScoreLang.Diagnostics;
using ScoreLang.Syntax;
using ScoreLang.Text;

namespace ScoreLang.Formatting;

/// <summary>
/// The ScoreLang formatter: one canonical layout for every valid file (one declaration per block, one member, rule
/// or property per line, two-space indents, <c>+15</c>, <c>50%</c>, <c>2..5</c>, <c>a == b</c>, <c>[a, b]</c>,
/// <c>{ a: 1 }</c>, minimal numbers, canonical string escapes). It keeps every comment where it was relative to the
/// code, never touches a file with syntax errors, and is idempotent.
/// </summary>
public static class ScoreFormatter
{
    /// <summary>Formats a whole file.</summary>
    public static FormatResult Format(SyntaxTree tree, FormattingOptions? options = null) =>
        Run(tree, options ?? FormattingOptions.Default, range: null);

    /// <summary>Parses and formats <paramref name="text"/>.</summary>
    public static FormatResult Format(string text, FormattingOptions? options = null) =>
        Format(SyntaxTree.Parse(text), options);

    /// <summary>
    /// Formats the declarations, members, rules and properties that <paramref name="range"/> touches (for the language
    /// server's range formatting); the rest of the file is left as it is.
    /// </summary>
    public static FormatResult FormatRange(SyntaxTree tree, TextSpan range, FormattingOptions? options = null) =>
        Run(tree, options ?? FormattingOptions.Default, range);

    private static FormatResult Run(SyntaxTree tree, FormattingOptions options, TextSpan? range)
    {
        var source = tree.Source.Text;
        var errors = tree.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        if (errors > 0 || HasErrorNodes(tree))
        {
            return FormatResult.Skip(
                source,
                FormatSkipReason.SyntaxErrors,
                string.Create(CultureInfo.InvariantCulture, $"Not formatted: the file has {Math.Max(1, errors)} syntax error(s). Fix them and format again."));
        }

        var elements = SourceElement.FromTokens(tree.Tokens);
        string output;
        List<TextChange> changes;
        try
        {
            var printed = CompilationUnitPrinter.Print(tree, elements, options);
            output = printed.Text;
            changes = TextChangeBuilder.Compute(source, output, printed.Pieces);
        }
        catch (FormatterException e)
        {
            return FormatResult.Skip(source, FormatSkipReason.VerificationFailed, "Not formatted (formatter bug): " + e.Message);
        }

        if (options.Verify && FormatVerifier.Check(tree, elements, output) is { } problem)
        {
            return FormatResult.Skip(source, FormatSkipReason.VerificationFailed, "Not formatted (formatter bug): " + problem);
        }

        if (range is { } requested)
        {
            var region = RangeSelector.Region(tree, requested, elements);
            changes = [.. changes.Where(c => RangeSelector.Includes(region, requested, c))];
        }

        return FormatResult.From(source, TextChangeBuilder.Merge(changes, source));
    }

    /// <summary>Recovery nodes and invented tokens mean the parser did not understand some text, whatever the diagnostics say.</summary>
    private static bool HasErrorNodes(SyntaxTree tree) =>
        tree.Tokens.Any(t => t.IsMissing || t.Kind == TokenKind.BadToken)
        || tree.Root.DescendantsAndSelf().Any(n => n is ErrorDeclarationSyntax or ErrorScoreMemberSyntax or ErrorRuleSyntax
            or ErrorTestMemberSyntax or MissingExpressionSyntax or SkippedTokensSyntax || n is IdentifierSyntax { IsMissing: true });
}
