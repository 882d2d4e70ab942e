using System.Collections.Immutable;
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

        if (options.Verify && Verify(tree, elements, output) is { } problem)
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

    /// <summary>
    /// The safety net: the formatted text must parse without errors to an equivalent tree and keep every comment, in
    /// order and with the same text. Null when <paramref name="output"/> is a faithful rewrite of
    /// <paramref name="original"/>; else what is wrong (a formatter bug: the user's text is kept).
    /// </summary>
    internal static string? Verify(SyntaxTree original, IReadOnlyList<SourceElement> originalElements, string output)
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
    internal static List<string> Comments(IReadOnlyList<SourceElement> elements) =>
        [.. elements.Where(e => e.IsComment).Select(e => e.CommentText)];

    /// <summary>Recovery nodes and invented tokens mean the parser did not understand some text, whatever the diagnostics say.</summary>
    private static bool HasErrorNodes(SyntaxTree tree) =>
        tree.Tokens.Any(t => t.IsMissing || t.Kind == TokenKind.BadToken)
        || tree.Root.DescendantsAndSelf().Any(n => n is ErrorDeclarationSyntax or ErrorScoreMemberSyntax or ErrorRuleSyntax
            or ErrorTestMemberSyntax or MissingExpressionSyntax or SkippedTokensSyntax || n is IdentifierSyntax { IsMissing: true });
}

public enum FormatStatus
{
    /// <summary>The text was already formatted.</summary>
    Unchanged,
    /// <summary><see cref="FormatResult.Text"/> is the formatted text; <see cref="FormatResult.Changes"/> lead to it.</summary>
    Changed,
    /// <summary>The formatter left the text alone; <see cref="FormatResult.SkipReason"/> says why.</summary>
    Skipped,
}

public enum FormatSkipReason
{
    None,
    /// <summary>The file has syntax errors: text the parser did not understand is never rewritten.</summary>
    SyntaxErrors,
    /// <summary>The formatted text would not have parsed to the same tree or kept every comment (a formatter bug).</summary>
    VerificationFailed,
}

/// <summary>
/// The outcome of formatting: the new text and the minimal changes from the old text to it. When skipped,
/// <see cref="Text"/> is the input unchanged and <see cref="Changes"/> is empty.
/// </summary>
public sealed record FormatResult(string Text, FormatStatus Status, FormatSkipReason SkipReason, string? Message, ImmutableArray<TextChange> Changes)
{
    public bool Changed => Status == FormatStatus.Changed;

    public bool Skipped => Status == FormatStatus.Skipped;

    internal static FormatResult Skip(string original, FormatSkipReason reason, string message) =>
        new(original, FormatStatus.Skipped, reason, message, []);

    internal static FormatResult From(string original, ImmutableArray<TextChange> changes) =>
        changes.IsEmpty
            ? new(original, FormatStatus.Unchanged, FormatSkipReason.None, null, changes)
            : new(TextChange.Apply(original, changes), FormatStatus.Changed, FormatSkipReason.None, null, changes);
}

/// <summary>
/// How the formatter lays out a file. The defaults match the repository's .editorconfig for <c>.score</c> and
/// <c>.schema</c> files: two-space indents and LF line ends.
/// </summary>
/// <param name="IndentSize">Spaces per indentation level (at least 1).</param>
/// <param name="NewLine">The line end to write: <c>"\n"</c> or <c>"\r\n"</c>.</param>
/// <param name="Verify">
/// Re-parse the result and refuse it (status <see cref="FormatStatus.Skipped"/>) unless it has the same syntax tree and
/// the same comments as the input. A safety net: on by default, tests turn it off to see the raw output.
/// </param>
public sealed record FormattingOptions(int IndentSize = 2, string NewLine = "\n", bool Verify = true)
{
    public static FormattingOptions Default { get; } = new();

    internal string IndentUnit => new(' ', Math.Max(1, IndentSize));

    internal string LineEnd => NewLine is "\r\n" ? "\r\n" : "\n";
}
