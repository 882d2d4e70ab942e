using ScoreLang.Text;
using Range = ScoreLang.LanguageServer.Protocol.Range;
using Position = ScoreLang.LanguageServer.Protocol.Position;

namespace ScoreLang.LanguageServer.Workspace;

/// <summary>
/// Converts between LSP positions (line, UTF-16 character) and offsets in a <see cref="SourceText"/>. Positions outside
/// the text never fail: a line past the end means the end of the text, a character past a line's end means the end of
/// that line (before its line break), as the specification asks.
/// </summary>
internal static class LspPositions
{
    public static int ToOffset(SourceText text, Position position)
    {
        if (position.Line < 0)
        {
            return 0;
        }

        if (position.Line >= text.LineCount)
        {
            return text.Length;
        }

        var line = text.GetLineSpan(position.Line);
        return line.Start + Math.Clamp(position.Character, 0, line.Length);
    }

    public static Position ToPosition(SourceText text, int offset)
    {
        var position = text.GetLinePosition(offset);
        return new Position(position.Line, position.Character);
    }

    public static Range ToRange(SourceText text, TextSpan span) =>
        new(ToPosition(text, span.Start), ToPosition(text, span.End));

    /// <summary>The span of a range; a range whose end comes before its start is read as empty at its start.</summary>
    public static TextSpan ToSpan(SourceText text, Range range)
    {
        var start = ToOffset(text, range.Start);
        var end = ToOffset(text, range.End);
        return TextSpan.FromBounds(start, Math.Max(start, end));
    }
}
