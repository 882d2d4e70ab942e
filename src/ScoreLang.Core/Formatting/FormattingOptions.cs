namespace ScoreLang.Formatting;

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
