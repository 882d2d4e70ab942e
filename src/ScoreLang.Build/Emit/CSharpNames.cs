using System.Text;

namespace ScoreLang.Build.Emit;

/// <summary>
/// C# names for ScoreLang names (ASCII identifiers with '_'): <c>lifecycle_stage</c> becomes <c>LifecycleStage</c>.
/// Labels of threshold bands may also be strings or numbers; anything that is not a letter or digit separates words.
/// </summary>
internal static class CSharpNames
{
    /// <summary>PascalCase; <paramref name="prefix"/> goes first when the name would be empty or start with a digit.</summary>
    public static string Pascal(string name, string prefix)
    {
        var builder = new StringBuilder(name.Length);
        var upper = true;
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                upper = true;
                continue;
            }

            builder.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        if (builder.Length == 0 || char.IsAsciiDigit(builder[0]))
        {
            builder.Insert(0, prefix);
        }

        return builder.ToString();
    }

    /// <summary>Text for an XML doc comment or a line comment: one line, printable ASCII, XML-escaped.</summary>
    public static string Doc(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                >= ' ' and <= '~' => c.ToString(),
                _ => " ",
            });
        }

        return builder.ToString();
    }
}
