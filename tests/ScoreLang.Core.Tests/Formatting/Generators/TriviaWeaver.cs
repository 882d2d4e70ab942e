using System.Globalization;
using System.Text;
using CsCheck;

namespace ScoreLang.Tests.Formatting.Generators;

/// <summary>
/// Joins tokens with random trivia: spaces, tabs, line ends, empty lines, line comments and block comments (one
/// line or several), each comment numbered so that a test can tell them apart. Grammar.md allows whitespace and
/// comments between any two tokens; every separator has at least one space, line end or comment.
/// </summary>
internal static class TriviaWeaver
{
    private static readonly Gen<string> Separator = Gen.FrequencyConst(
        (40, " "),
        (6, "\n  "),
        (3, "\n\n"),
        (2, "\n\n\n    "),
        (2, "\t"),
        (2, " /* c# */ "),
        (1, "/*c#*/"),
        (2, " // c#\n"),
        (2, "\n// c#\n"),
        (1, "\n  /* c#\n     spans lines */\n"),
        (1, "\n\n// c#\n\n"));

    public static Gen<string> Weave(List<string> tokens) =>
        Separator.Array[tokens.Count + 1].Select(separators => Join(tokens, separators));

    public static string Join(IReadOnlyList<string> tokens, IReadOnlyList<string> separators)
    {
        var text = new StringBuilder();
        var comment = 0;
        for (var i = 0; i <= tokens.Count; i++)
        {
            var separator = separators[i];
            if (separator.Contains('#', StringComparison.Ordinal))
            {
                separator = separator.Replace("#", (++comment).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            }

            // Before the first token and after the last, keep only what is not a plain space.
            text.Append(i == 0 || i == tokens.Count ? separator.Trim(' ', '\t') : separator);
            if (i < tokens.Count)
            {
                text.Append(tokens[i]);
            }
        }

        return text.ToString();
    }
}
