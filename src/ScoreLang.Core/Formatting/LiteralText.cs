using System.Globalization;
using System.Text;

namespace ScoreLang.Formatting;

/// <summary>The canonical spelling of literals: numbers without superfluous zeros, strings with a fixed set of escapes.</summary>
internal static class LiteralText
{
    /// <summary>
    /// <c>2.50</c> becomes <c>2.5</c>, <c>007</c> becomes <c>7</c>, <c>3.0</c> becomes <c>3</c>. Works on the text, not the
    /// double, so no precision is lost and the value read back is exactly the same.
    /// </summary>
    public static string Number(string text)
    {
        if (text.Length == 0 || !text.All(c => char.IsAsciiDigit(c) || c == '.') || text.Count(c => c == '.') > 1)
        {
            return text;
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var whole = (dot < 0 ? text : text[..dot]).TrimStart('0');
        var fraction = dot < 0 ? string.Empty : text[(dot + 1)..].TrimEnd('0');
        if (whole.Length == 0)
        {
            whole = "0";
        }

        return fraction.Length == 0 ? whole : whole + "." + fraction;
    }

    /// <summary>
    /// A string literal for <paramref name="value"/>: <c>\"</c>, <c>\\</c>, <c>\n</c>, <c>\t</c>, and <c>\uXXXX</c> for any
    /// other control or line-separator character (a string must stay on one line); everything else as is.
    /// </summary>
    public static string String(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case var high when char.IsHighSurrogate(high) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]):
                    builder.Append(high).Append(value[++i]);
                    break;
                default:
                    // Lone surrogates too: they are not text and would not survive being saved as UTF-8.
                    if (char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
