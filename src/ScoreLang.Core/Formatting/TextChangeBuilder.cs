using System.Collections.Immutable;
using ScoreLang.Text;

namespace ScoreLang.Formatting;

/// <summary>
/// Turns "source piece X was written at output span Y" into the smallest changes that make the source into the
/// output: the text between two pieces (whitespace, dropped commas) and the pieces whose spelling changed
/// (<c>2.50</c>, an escape). Small changes keep the editor's cursor and undo history where the user expects them,
/// and range formatting is a matter of keeping only the changes inside the range.
/// </summary>
internal static class TextChangeBuilder
{
    public static List<TextChange> Compute(string source, string output, IReadOnlyList<FormattedPiece> pieces)
    {
        var changes = new List<TextChange>();
        int sourcePosition = 0, outputPosition = 0;
        foreach (var piece in pieces)
        {
            if (piece.Source.Start < sourcePosition || piece.Output.Start < outputPosition)
            {
                throw new FormatterException($"The source piece at {piece.Source} was written out of order.");
            }

            Add(changes, source, TextSpan.FromBounds(sourcePosition, piece.Source.Start), output, TextSpan.FromBounds(outputPosition, piece.Output.Start));
            Add(changes, source, piece.Source, output, piece.Output);
            sourcePosition = piece.Source.End;
            outputPosition = piece.Output.End;
        }

        Add(changes, source, TextSpan.FromBounds(sourcePosition, source.Length), output, TextSpan.FromBounds(outputPosition, output.Length));
        return changes;
    }

    /// <summary>Joins changes that touch, so that no two changes start or end at the same position.</summary>
    public static ImmutableArray<TextChange> Merge(IEnumerable<TextChange> changes, string source)
    {
        var merged = ImmutableArray.CreateBuilder<TextChange>();
        foreach (var change in changes)
        {
            if (merged.Count > 0 && merged[^1].Span.End >= change.Span.Start)
            {
                var last = merged[^1];
                var between = source[last.Span.End..change.Span.Start];
                merged[^1] = new TextChange(TextSpan.FromBounds(last.Span.Start, change.Span.End), last.NewText + between + change.NewText);
            }
            else
            {
                merged.Add(change);
            }
        }

        return merged.ToImmutable();
    }

    private static void Add(List<TextChange> changes, string source, TextSpan sourceSpan, string output, TextSpan outputSpan)
    {
        var oldText = source.AsSpan(sourceSpan.Start, sourceSpan.Length);
        var newText = output.AsSpan(outputSpan.Start, outputSpan.Length);
        if (oldText.SequenceEqual(newText))
        {
            return;
        }

        // Keep only the part that differs.
        var prefix = oldText.CommonPrefixLength(newText);
        oldText = oldText[prefix..];
        newText = newText[prefix..];
        var suffix = 0;
        while (suffix < oldText.Length && suffix < newText.Length && oldText[^(suffix + 1)] == newText[^(suffix + 1)])
        {
            suffix++;
        }

        var start = sourceSpan.Start + prefix;
        changes.Add(new TextChange(new TextSpan(start, oldText.Length - suffix), newText[..^suffix].ToString()));
    }
}
