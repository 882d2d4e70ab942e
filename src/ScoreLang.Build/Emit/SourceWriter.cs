using System.Text;

namespace ScoreLang.Build.Emit;

/// <summary>Writes C# line by line with four-space indentation and '\n' line ends (the same text on every OS).</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _text = new();
    private int _depth;

    public SourceWriter Line(string line = "")
    {
        if (line.Length > 0)
        {
            _text.Append(' ', _depth * 4).Append(line);
        }

        _text.Append('\n');
        return this;
    }

    /// <summary>Writes <paramref name="header"/> and an opening brace, and indents.</summary>
    public SourceWriter Open(string header)
    {
        Line(header);
        Line("{");
        _depth++;
        return this;
    }

    public SourceWriter Close(string suffix = "")
    {
        _depth--;
        return Line("}" + suffix);
    }

    public SourceWriter Summary(string text) => Line($"/// <summary>{CSharpNames.Doc(text)}</summary>");

    public override string ToString() => _text.ToString();
}
