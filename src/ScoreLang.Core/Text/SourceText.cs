using System.Collections.Immutable;

namespace ScoreLang.Text;

/// <summary>
/// The immutable text of one source file with its path and line table. Paths are opaque names:
/// the core library never opens files itself (hosts read them and hand over the text).
/// </summary>
public sealed class SourceText
{
    private readonly ImmutableArray<int> _lineStarts;

    private SourceText(string path, string text)
    {
        Path = path;
        Text = text;
        _lineStarts = ComputeLineStarts(text);
    }

    public string Path { get; }

    public string Text { get; }

    public int Length => Text.Length;

    public int LineCount => _lineStarts.Length;

    public static SourceText From(string text, string path = "") => new(path, text);

    public LinePosition GetLinePosition(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var index = _lineStarts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        return new LinePosition(line, offset - _lineStarts[line]);
    }

    public LinePositionSpan GetLinePositionSpan(TextSpan span) =>
        new(GetLinePosition(span.Start), GetLinePosition(span.End));

    /// <summary>The offset of a line position, clamped to the text (positions past a line's end go to its end).</summary>
    public int GetOffset(LinePosition position)
    {
        if (position.Line < 0)
        {
            return 0;
        }

        if (position.Line >= _lineStarts.Length)
        {
            return Text.Length;
        }

        var lineStart = _lineStarts[position.Line];
        var lineEnd = position.Line + 1 < _lineStarts.Length ? _lineStarts[position.Line + 1] : Text.Length;
        return Math.Clamp(lineStart + Math.Max(0, position.Character), lineStart, lineEnd);
    }

    public TextSpan GetLineSpan(int line)
    {
        var start = _lineStarts[line];
        var end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : Text.Length;
        while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r'))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    public string ToString(TextSpan span) => Text.Substring(span.Start, span.Length);

    public override string ToString() => Text;

    private static ImmutableArray<int> ComputeLineStarts(string text)
    {
        var builder = ImmutableArray.CreateBuilder<int>();
        builder.Add(0);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                builder.Add(i + 1);
            }
            else if (c == '\n')
            {
                builder.Add(i + 1);
            }
        }

        return builder.ToImmutable();
    }
}
