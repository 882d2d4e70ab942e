using System.Globalization;
using System.Text;

namespace ScoreLang.Compiler.Generation;

/// <summary>
/// The only ways text from a score file reaches the generated C# (no code injection, issue 4): identifiers are
/// rebuilt from <c>[A-Za-z0-9_]</c> with a numbered prefix, string literals escape everything but plain printable ASCII
/// as <c>\uXXXX</c>, and comments keep only printable ASCII on a single line (a newline, U+2028 or U+0085 in a rule's
/// text cannot end the comment early).
/// </summary>
internal static class CSharpText
{
    private const int MaxNamePart = 40;
    private const int MaxCommentLength = 160;

    /// <summary><c>Score3_contact_engagement</c>: the prefix and index make it unique and never a keyword.</summary>
    public static string Identifier(string prefix, int index, string name)
    {
        var builder = new StringBuilder(prefix).Append(index.ToString(CultureInfo.InvariantCulture)).Append('_');
        foreach (var c in name)
        {
            if (builder.Length >= prefix.Length + MaxNamePart)
            {
                break;
            }

            builder.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        }

        return builder.ToString();
    }

    /// <summary>
    /// A C# string literal whose value is exactly <paramref name="value"/>: printable ASCII as written (so generated
    /// code and embedded score files stay readable), quotes, backslashes and the usual controls escaped, every other
    /// character as <c>\u</c>. Nothing in <paramref name="value"/> can end the literal, so no text becomes code.
    /// </summary>
    public static string StringLiteral(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => builder.Append("\\\""),
                '\\' => builder.Append("\\\\"),
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                '\t' => builder.Append("\\t"),
                >= ' ' and <= '~' => builder.Append(c),
                _ => builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
            };
        }

        return builder.Append('"').ToString();
    }

    /// <summary>A C# double literal that reads back as exactly <paramref name="value"/>.</summary>
    public static string Double(double value)
    {
        if (double.IsNaN(value))
        {
            return "double.NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "double.PositiveInfinity" : "double.NegativeInfinity";
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return value < 0 ? $"({text}d)" : text + "d";
    }

    public static string Int(int value) => value < 0 ? $"({value.ToString(CultureInfo.InvariantCulture)})" : value.ToString(CultureInfo.InvariantCulture);

    public static string Long(long value) => value < 0 ? $"({value.ToString(CultureInfo.InvariantCulture)}L)" : value.ToString(CultureInfo.InvariantCulture) + "L";

    /// <summary>The text of a <c>//</c> comment: printable ASCII only, one line, bounded length.</summary>
    public static string Comment(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, MaxCommentLength));
        foreach (var c in text)
        {
            if (builder.Length == MaxCommentLength)
            {
                builder.Append("...");
                break;
            }

            builder.Append(c is >= ' ' and <= '~' ? c : c is '\n' or '\r' or '\t' ? ' ' : '?');
        }

        return builder.ToString();
    }
}
