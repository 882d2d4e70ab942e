using System.Globalization;

namespace ScoreLang.Sql.Generation;

/// <summary>
/// Small text helpers that keep generated SQL readable without changing its meaning: parentheses only where an
/// expression is not already a single unit, integer constants written as they are.
/// </summary>
internal static class SqlText
{
    /// <summary><paramref name="expression"/> in parentheses unless it is already one unit (a name, a number, a call, a parenthesized group).</summary>
    public static string Wrap(string expression) => IsUnit(expression) ? expression : $"({expression})";

    /// <summary>Whether <paramref name="expression"/> is an integer constant such as <c>12</c> or <c>(-30)</c>.</summary>
    public static bool IsIntegerConstant(string expression) =>
        long.TryParse(expression.Trim('(', ')'), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);

    /// <summary>
    /// A name or number (letters, digits, '_', '.', quoted names without spaces), or something that opens with a
    /// parenthesis (possibly after a function name) whose match is its last character. Anything holding a string
    /// literal counts as not a unit: escaping rules differ between engines and an extra pair of parentheses is harmless.
    /// </summary>
    private static bool IsUnit(string expression)
    {
        if (expression.Length == 0 || expression.Contains('\'', StringComparison.Ordinal))
        {
            return false;
        }

        if (expression.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '"' or '`'))
        {
            return true;
        }

        var open = expression.IndexOf('(', StringComparison.Ordinal);
        if (open < 0 || !expression[..open].All(c => char.IsAsciiLetterOrDigit(c) || c == '_') || expression[^1] != ')')
        {
            return false;
        }

        var depth = 0;
        char? quote = null;
        for (var i = open; i < expression.Length; i++)
        {
            var c = expression[i];
            if (quote is not null)
            {
                quote = c == quote ? null : quote;
                continue;
            }

            switch (c)
            {
                case '"' or '`':
                    quote = c;
                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    if (depth == 0 && i != expression.Length - 1)
                    {
                        return false;
                    }

                    break;
            }
        }

        return depth == 0;
    }
}
