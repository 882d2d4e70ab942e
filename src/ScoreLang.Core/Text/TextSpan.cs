namespace ScoreLang.Text;

/// <summary>A range of characters in a source text: <see cref="Start"/> inclusive, <see cref="End"/> exclusive.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    public bool Contains(int position) => position >= Start && position < End;

    /// <summary>True when <paramref name="position"/> is inside the span or just after it (where a caret sits after a word).</summary>
    public bool ContainsOrTouches(int position) => position >= Start && position <= End;

    public bool OverlapsWith(TextSpan other) => Start < other.End && other.Start < End;

    public TextSpan Cover(TextSpan other) => FromBounds(Math.Min(Start, other.Start), Math.Max(End, other.End));

    public override string ToString() => $"[{Start}..{End})";
}
