namespace ScoreLang.Learning;

/// <summary>ScoreLang string literals for texts found in the data (every escape the lexer knows, nothing else).</summary>
internal static class ScoreText
{
    public static string Quote(string text) => "\"" + text
        .Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal).Replace("\r", "\\u000D", StringComparison.Ordinal) + "\"";
}
