using ScoreLang.LanguageServer.Protocol;

namespace ScoreLang.LanguageServer.Tests.Infrastructure;

/// <summary>Finds LSP positions in test texts by content, so tests do not hard-code line numbers.</summary>
internal static class TextPositions
{
    /// <summary>The position of the <paramref name="occurrence"/>-th <paramref name="needle"/>, plus <paramref name="offset"/> characters.</summary>
    public static Position Of(string text, string needle, int offset = 0, int occurrence = 1)
    {
        var index = -1;
        for (var i = 0; i < occurrence; i++)
        {
            index = text.IndexOf(needle, index + 1, StringComparison.Ordinal);
            if (index < 0)
            {
                throw new ArgumentException($"'{needle}' occurs fewer than {occurrence} times.", nameof(needle));
            }
        }

        index += offset;
        var line = text[..index].Count(c => c == '\n');
        var lineStart = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        return new Position(line, index - (index == 0 ? 0 : lineStart));
    }

    public static string LineText(string text, int line) => text.Split('\n')[line].TrimEnd('\r');
}
