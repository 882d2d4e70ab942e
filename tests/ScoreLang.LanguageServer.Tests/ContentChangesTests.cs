using ScoreLang.LanguageServer.Protocol;
using ScoreLang.LanguageServer.Workspace;
using ScoreLang.Text;
using Xunit;
using Range = ScoreLang.LanguageServer.Protocol.Range;

namespace ScoreLang.LanguageServer.Tests;

public sealed class ContentChangesTests
{
    private static TextDocumentContentChangeEvent Replace(int startLine, int startCharacter, int endLine, int endCharacter, string text) =>
        new(text, new Range(new Position(startLine, startCharacter), new Position(endLine, endCharacter)));

    [Fact]
    public void RangedChanges_ApplyInOrder_EachToThePreviousResult()
    {
        var text = SourceText.From("group sales {\n  event call +15\n}\n", "a.score");

        var result = ContentChanges.Apply(text, [Replace(1, 14, 1, 16, "20"), Replace(0, 6, 0, 11, "calls"), Replace(2, 1, 2, 1, " // end")]);

        Assert.Equal("group calls {\n  event call +20\n} // end\n", result.Text);
        Assert.Equal("a.score", result.Path);
    }

    [Fact]
    public void ChangeWithoutRange_ReplacesTheWholeText()
    {
        var result = ContentChanges.Apply(SourceText.From("old"), [new TextDocumentContentChangeEvent("new text")]);

        Assert.Equal("new text", result.Text);
    }

    [Fact]
    public void Positions_CountUtf16CodeUnits()
    {
        // "é" is one UTF-16 unit, the emoji two: character 4 is right after the emoji.
        var text = SourceText.From("é🎯x\n");

        var result = ContentChanges.Apply(text, [Replace(0, 3, 0, 4, "y")]);

        Assert.Equal("é🎯y\n", result.Text);
    }

    [Fact]
    public void RangesPastTheEnd_AreClampedToTheText()
    {
        var text = SourceText.From("ab\ncd");

        var pastLineEnd = ContentChanges.Apply(text, [Replace(0, 50, 0, 99, "!")]);
        var pastTextEnd = ContentChanges.Apply(text, [Replace(40, 0, 90, 3, "!")]);
        var reversed = ContentChanges.Apply(text, [Replace(1, 2, 0, 0, "!")]);

        Assert.Equal("ab!\ncd", pastLineEnd.Text);
        Assert.Equal("ab\ncd!", pastTextEnd.Text);
        Assert.Equal("ab\ncd!", reversed.Text);
    }

    [Fact]
    public void CrLfLineEnds_AreLineBreaks()
    {
        var text = SourceText.From("a\r\nb\r\nc");

        var result = ContentChanges.Apply(text, [Replace(1, 0, 2, 0, string.Empty)]);

        Assert.Equal("a\r\nc", result.Text);
    }
}
