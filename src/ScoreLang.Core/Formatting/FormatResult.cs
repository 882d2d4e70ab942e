using System.Collections.Immutable;
using ScoreLang.Text;

namespace ScoreLang.Formatting;

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
