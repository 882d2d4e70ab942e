namespace ScoreLang.Text;

/// <summary>A zero-based line and character position, as the language server protocol counts them (UTF-16 code units).</summary>
public readonly record struct LinePosition(int Line, int Character)
{
    /// <summary>One-based "line,column" as compilers print it.</summary>
    public override string ToString() => $"{Line + 1},{Character + 1}";
}

/// <summary>A range between two line positions.</summary>
public readonly record struct LinePositionSpan(LinePosition Start, LinePosition End);
