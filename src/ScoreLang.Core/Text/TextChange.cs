namespace ScoreLang.Text;

/// <summary>
/// A replacement of <see cref="Span"/> (in the original text) by <see cref="NewText"/>. A list of changes never overlaps
/// and is sorted by position; apply them from the last to the first so earlier offsets stay valid.
/// </summary>
public readonly record struct TextChange(TextSpan Span, string NewText)
{
    /// <summary>Applies non-overlapping, sorted changes to <paramref name="text"/>.</summary>
    public static string Apply(string text, IEnumerable<TextChange> changes)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        var position = 0;
        foreach (var change in changes)
        {
            if (change.Span.Start < position || change.Span.End > text.Length)
            {
                throw new ArgumentException("Changes must be sorted, inside the text and must not overlap.", nameof(changes));
            }

            builder.Append(text, position, change.Span.Start - position).Append(change.NewText);
            position = change.Span.End;
        }

        return builder.Append(text, position, text.Length - position).ToString();
    }

    public override string ToString() => $"{Span} -> \"{NewText}\"";
}
