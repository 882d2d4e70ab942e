using System.Globalization;
using ScoreLang.Diagnostics;

namespace ScoreLang.Compiler.Generation;

/// <summary>Where a construct is written, as generated comments show it: <c>contact.score(12,5)</c> (one-based, file name only).</summary>
internal static class SourceComments
{
    public static string Where(SourceLocation? location)
    {
        if (location is not { } place || place.Source is null)
        {
            return "(built in code)";
        }

        var start = place.LineSpan.Start;
        var file = Path.GetFileName(place.Path);
        return CSharpText.Comment(string.Create(CultureInfo.InvariantCulture, $"{file}({start.Line + 1},{start.Character + 1})"));
    }

    /// <summary>A rule's own text on one line, whitespace runs collapsed.</summary>
    public static string RuleText(string text) =>
        CSharpText.Comment(string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
}
