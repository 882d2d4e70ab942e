using System.Text;

namespace ScoreLang.Sql.Tests.Support;

/// <summary>
/// Splits SQL text into what an engine reads as code and what it reads as comments, skipping string literals ('' and
/// E'' with backslash escapes) and quoted names ("" and ``): enough to check that hostile texts never became code.
/// </summary>
internal static class SqlSplitter
{
    /// <param name="sql">The SQL text.</param>
    /// <param name="backslashEscapes">Whether every '' literal takes backslash escapes (Spark), not only E'' ones.</param>
    public static (string Code, List<string> Comments) Split(string sql, bool backslashEscapes = false)
    {
        var code = new StringBuilder();
        var comments = new List<string>();
        var i = 0;
        while (i < sql.Length)
        {
            var c = sql[i];
            var next = i + 1 < sql.Length ? sql[i + 1] : '\0';
            if (c == '-' && next == '-')
            {
                var end = sql.IndexOf('\n', i);
                end = end < 0 ? sql.Length : end;
                comments.Add(sql[i..end]);
                i = end;
            }
            else if (c == '/' && next == '*')
            {
                var end = sql.IndexOf("*/", i + 2, StringComparison.Ordinal);
                end = end < 0 ? sql.Length : end + 2;
                comments.Add(sql[i..end]);
                i = end;
            }
            else if (c is '\'' or '"' or '`')
            {
                var escapes = c == '\'' && (backslashEscapes || (i > 0 && sql[i - 1] is 'E' or 'e'));
                i = SkipQuoted(sql, i, c, escapes);
                code.Append(' ');
            }
            else
            {
                code.Append(c);
                i++;
            }
        }

        return (code.ToString(), comments);
    }

    private static int SkipQuoted(string sql, int start, char quote, bool backslashEscapes)
    {
        var i = start + 1;
        while (i < sql.Length)
        {
            if (backslashEscapes && sql[i] == '\\')
            {
                i += 2;
            }
            else if (sql[i] == quote)
            {
                if (i + 1 < sql.Length && sql[i + 1] == quote)
                {
                    i += 2;
                }
                else
                {
                    return i + 1;
                }
            }
            else
            {
                i++;
            }
        }

        return i;
    }
}
