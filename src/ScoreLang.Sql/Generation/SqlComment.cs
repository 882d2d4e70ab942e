using System.Globalization;
using System.Text;
using ScoreLang.Diagnostics;

namespace ScoreLang.Sql.Generation;

/// <summary>
/// Comments in generated SQL. Their text comes from score files (rule text, names, paths), so it is made inert: no
/// line break can end a <c>--</c> comment early, no <c>*/</c> or <c>/*</c> can open or close a block comment, and no
/// <c>${</c> can trigger spark-sql's variable substitution.
/// </summary>
internal static class SqlComment
{
    /// <summary>A <c>-- </c> line comment holding <paramref name="text"/>, sanitized.</summary>
    public static string Line(string text) => "-- " + Sanitize(text);

    /// <summary>"file.score:12", the line (1-based) where something was declared, or an empty string without a place.</summary>
    public static string Where(SourceLocation? location) => location is { } place
        ? string.Create(CultureInfo.InvariantCulture, $"{place.Path}:{place.LineSpan.Start.Line + 1}")
        : string.Empty;

    public static string Sanitize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            // Every control character and every Unicode line or paragraph separator becomes a space.
            builder.Append(char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c);
        }

        return builder.ToString()
            .Replace("*/", "* /", StringComparison.Ordinal)
            .Replace("/*", "/ *", StringComparison.Ordinal)
            .Replace("${", "$ {", StringComparison.Ordinal)
            .TrimEnd();
    }
}
