using System.Text;

namespace ScoreLang.Compiler.Generation;

/// <summary>Writes indented C# lines (four spaces per level, LF line ends so baselines are the same on every machine).</summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _text = new();
    private int _indent;

    public CodeWriter Line(string line = "")
    {
        if (line.Length > 0)
        {
            _text.Append(' ', _indent * 4).Append(line);
        }

        _text.Append('\n');
        return this;
    }

    public CodeWriter Open(string? header = null)
    {
        if (header is not null)
        {
            Line(header);
        }

        Line("{");
        _indent++;
        return this;
    }

    public CodeWriter Close(string closing = "}")
    {
        _indent--;
        return Line(closing);
    }

    /// <summary>Appends lines written by another writer at this writer's indentation.</summary>
    public CodeWriter Lines(CodeWriter other)
    {
        var lines = other.ToString().Split('\n');
        for (var i = 0; i < lines.Length - 1; i++)
        {
            Line(lines[i]);
        }

        return this;
    }

    public override string ToString() => _text.ToString();
}
