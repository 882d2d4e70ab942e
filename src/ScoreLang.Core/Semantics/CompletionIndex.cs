using System.Runtime.CompilerServices;
using ScoreLang.Syntax;

namespace ScoreLang.Semantics;

/// <summary>
/// What completion needs to know about a tree, computed once per tree (and schema) so that each request costs a binary
/// search instead of a scan of every token: the tokens (without the end of file and missing tokens), and the frame
/// (<see cref="CompletionFrames"/>) in effect after every brace. Frames change only at braces, so the frame at a
/// position is the one recorded at the last brace before it. A 10,000-line file has ~100,000 tokens; scanning them all
/// on every keystroke cost milliseconds that a caret-local answer does not.
/// </summary>
internal sealed class CompletionIndex
{
    private static readonly ConditionalWeakTable<SyntaxTree, CompletionIndex> Cache = [];

    private readonly SchemaModel _schema;
    private readonly List<int> _braces = [];
    private readonly List<CompletionFrame> _framesAfterBrace = [];

    private CompletionIndex(SyntaxTree tree, SchemaModel schema)
    {
        _schema = schema;
        Tokens = [.. tree.Tokens.Where(t => t.Kind != TokenKind.EndOfFile && !t.IsMissing)];
        var frames = new Stack<CompletionFrame>();
        frames.Push(CompletionFrames.TopFrame);
        var segmentStart = 0;
        for (var i = 0; i < Tokens.Count; i++)
        {
            var kind = Tokens[i].Kind;
            if (kind is not (TokenKind.OpenBrace or TokenKind.CloseBrace))
            {
                continue;
            }

            CompletionFrames.Step(Tokens, i, segmentStart, frames, schema.Records.ContainsKey);
            segmentStart = i + 1;
            _braces.Add(i);
            _framesAfterBrace.Add(frames.Peek());
        }
    }

    public List<SyntaxToken> Tokens { get; }

    /// <summary>The index of <paramref name="tree"/> for <paramref name="schema"/>, built on first use.</summary>
    public static CompletionIndex For(SyntaxTree tree, SchemaModel schema)
    {
        if (Cache.TryGetValue(tree, out var cached) && ReferenceEquals(cached._schema, schema))
        {
            return cached;
        }

        var index = new CompletionIndex(tree, schema);
        Cache.AddOrUpdate(tree, index);
        return index;
    }

    /// <summary>
    /// How many tokens lie before <paramref name="position"/>: those ending before it, and one ending at it unless it
    /// is an identifier (the caret at the end of a word completes that word).
    /// </summary>
    public int CountBefore(int position)
    {
        int low = 0, high = Tokens.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (Tokens[middle].Span.End < position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low < Tokens.Count && Tokens[low].Span.End == position && Tokens[low].Kind != TokenKind.Identifier ? low + 1 : low;
    }

    /// <summary>The frame holding the first <paramref name="count"/> tokens' end, and the index of the last brace among them (-1: none).</summary>
    public (CompletionFrame Frame, int LastBrace) FrameAfter(int count)
    {
        int low = 0, high = _braces.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (_braces[middle] < count)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low == 0 ? (CompletionFrames.TopFrame, -1) : (_framesAfterBrace[low - 1], _braces[low - 1]);
    }

    /// <summary>True when <paramref name="position"/> is inside a string (after its opening quote) or a comment.</summary>
    public static bool IsInStringOrComment(SyntaxTree tree, int position)
    {
        var all = tree.Tokens;
        int low = 0, high = all.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (all[middle].Span.End < position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        // The caret's token and its neighbours are the only ones whose text or trivia can hold the position.
        for (var i = Math.Max(0, low - 1); i <= Math.Min(all.Length - 1, low + 1); i++)
        {
            var token = all[i];
            if (token.IsMissing)
            {
                continue;
            }

            if ((token.Kind == TokenKind.String && token.Span.Contains(position) && token.Span.Start < position)
                || token.LeadingTrivia.Concat(token.TrailingTrivia).Any(c => c.IsComment && c.Span.Start < position && position <= c.Span.End))
            {
                return true;
            }
        }

        return false;
    }
}
