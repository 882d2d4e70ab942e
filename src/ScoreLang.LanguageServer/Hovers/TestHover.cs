using System.Globalization;
using System.Text;
using ScoreLang.Evaluation;

namespace ScoreLang.LanguageServer.Hovers;

/// <summary>The hover of an in-file test: its last result (the tests run when the document was last analysed).</summary>
internal static class TestHover
{
    public static string Markdown(string testName, TestResult? result, bool documentHasErrors)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"**Test** “{testName}”\n\n");
        if (result is null)
        {
            text.Append(documentHasErrors ? "Not run: the file has errors.\n" : "Not run.\n");
            return text.ToString();
        }

        text.Append(result.Passed ? "✅ **Passed**" : "❌ **Failed**");
        text.Append(CultureInfo.InvariantCulture, $" in {result.Duration.TotalMilliseconds:0.#} ms\n\n");
        if (result.Result is { } score)
        {
            text.Append(CultureInfo.InvariantCulture, $"As of {score.AsOf:yyyy-MM-dd}: ");
            text.Append(score.IsScored
                ? $"score **{Value(score.Score)}**{(score.Tier is { } tier ? $", tier **{tier}**" : string.Empty)}"
                : "not scored (excluded)");
            text.Append('\n');
            if (score.IsScored && score.Groups.Length > 0)
            {
                text.Append("\n| Group | Value |\n|---|---:|\n");
                foreach (var group in score.Groups)
                {
                    text.Append(CultureInfo.InvariantCulture, $"| `{group.Name}` | {Value(group.Value)}{(group.LimitReached ? " (limit reached)" : string.Empty)} |\n");
                }
            }
        }

        foreach (var failure in result.FailureMessages)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n- {failure}");
        }

        return text.ToString();
    }

    private static string Value(double? value) => value is { } v ? ConditionText.Number(v) : "empty";
}
