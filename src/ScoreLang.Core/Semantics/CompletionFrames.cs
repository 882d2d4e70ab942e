using ScoreLang.Syntax;

namespace ScoreLang.Semantics;

internal enum FrameKind
{
    Top,
    Record,
    EventDeclaration,
    Enum,
    Score,
    Output,
    Thresholds,
    Group,
    Test,
    Contact,
    Given,
    EventFields,
    Unknown,
}

/// <summary>
/// A brace-delimited region around the caret. <see cref="RecordType"/> is the record whose names apply inside (the
/// scored record, a test contact's type, the record a <c>given</c> sets); <see cref="Detail"/> is the association of a
/// <c>given company { }</c> or the event type of a test event's attributes.
/// </summary>
internal sealed record CompletionFrame(FrameKind Kind, string? ScoreName, string? RecordType, string? Detail, int OpenIndex);

/// <summary>
/// Works out, from the tokens alone, which braces enclose a position: completion runs on half-typed text that may not
/// parse, so it reads the token stream (which always exists) rather than the syntax tree.
/// </summary>
internal static class CompletionFrames
{
    /// <summary>The frame outside every brace.</summary>
    public static CompletionFrame TopFrame { get; } = new(FrameKind.Top, null, null, null, -1);

    /// <summary>
    /// Applies the brace at <paramref name="index"/> to <paramref name="frames"/>: an opening brace pushes the frame its
    /// header (the tokens since the previous brace, from <paramref name="segmentStart"/>) opens, a closing one pops.
    /// </summary>
    public static void Step(List<SyntaxToken> tokens, int index, int segmentStart, Stack<CompletionFrame> frames, Func<string, bool> isRecordType)
    {
        if (tokens[index].Kind == TokenKind.OpenBrace)
        {
            frames.Push(Classify(tokens.GetRange(segmentStart, index - segmentStart), frames.Peek(), index, isRecordType));
        }
        else if (tokens[index].Kind == TokenKind.CloseBrace && frames.Count > 1)
        {
            frames.Pop();
        }
    }

    private static CompletionFrame Classify(List<SyntaxToken> header, CompletionFrame parent, int index, Func<string, bool> isRecordType)
    {
        var words = header.Select(t => t.Kind == TokenKind.Identifier ? t.Text : string.Empty).ToList();
        string? Next(int i) => i + 1 < words.Count && words[i + 1].Length > 0 ? words[i + 1] : null;
        int Last(params string[] keywords) => words.FindLastIndex(w => keywords.Contains(w));
        switch (parent.Kind)
        {
            case FrameKind.Top:
                var start = Last("record", "event", "score");
                if (start < 0)
                {
                    return new CompletionFrame(FrameKind.Unknown, null, null, null, index);
                }

                return words[start] switch
                {
                    "record" => new CompletionFrame(FrameKind.Record, null, Next(start), null, index),
                    "event" => new CompletionFrame(FrameKind.EventDeclaration, null, null, Next(start), index),
                    _ => new CompletionFrame(FrameKind.Score, Next(start), Next(start + 2), null, index),
                };
            case FrameKind.Record or FrameKind.EventDeclaration when words.Count > 0 && words[^1] == "enum":
                return parent with { Kind = FrameKind.Enum, OpenIndex = index };
            case FrameKind.Score:
                var member = Last("output", "thresholds", "group", "test");
                var kind = member < 0 ? FrameKind.Unknown : words[member] switch
                {
                    "output" => FrameKind.Output,
                    "thresholds" => FrameKind.Thresholds,
                    "group" => FrameKind.Group,
                    _ => FrameKind.Test,
                };
                return parent with { Kind = kind, OpenIndex = index };
            case FrameKind.Test or FrameKind.Contact:
                if (parent.Kind == FrameKind.Test && words.Count >= 2 && words[^1].Length > 0 && isRecordType(words[^2]))
                {
                    return parent with { Kind = FrameKind.Contact, RecordType = words[^2], Detail = words[^1], OpenIndex = index };
                }

                var opener = Last("given", "event");
                if (opener < 0)
                {
                    return parent with { Kind = FrameKind.Unknown, OpenIndex = index };
                }

                return words[opener] == "given"
                    ? parent with { Kind = FrameKind.Given, Detail = Next(opener), OpenIndex = index }
                    : parent with { Kind = FrameKind.EventFields, Detail = Next(opener), OpenIndex = index };
            default:
                return parent with { Kind = FrameKind.Unknown, OpenIndex = index };
        }
    }
}
