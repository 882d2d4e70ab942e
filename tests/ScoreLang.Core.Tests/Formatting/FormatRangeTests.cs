using ScoreLang.Formatting;
using ScoreLang.Syntax;
using ScoreLang.Text;
using Xunit;

namespace ScoreLang.Tests.Formatting;

/// <summary>Range formatting (the language server's): only the declarations, members and rules the range touches change.</summary>
public class FormatRangeTests
{
    private const string Text = "score s for contact {\n  group g {\n      event a   15\n      event b   +2\n  }\n   kind  fit\n}\n";

    [Fact]
    public void FormatRange_InsideOneRule_FormatsThatRuleOnly()
    {
        var start = Text.IndexOf("event a", StringComparison.Ordinal) + 3;

        var result = ScoreFormatter.FormatRange(SyntaxTree.Parse(Text), new TextSpan(start, 2));

        Assert.Equal(FormatStatus.Changed, result.Status);
        Assert.Equal("score s for contact {\n  group g {\n    event a +15\n      event b   +2\n  }\n   kind  fit\n}\n", result.Text);
    }

    [Fact]
    public void FormatRange_EmptyRangeInAMember_FormatsThatMember()
    {
        var position = Text.IndexOf("kind", StringComparison.Ordinal) + 2;

        var result = ScoreFormatter.FormatRange(SyntaxTree.Parse(Text), new TextSpan(position, 0));

        Assert.Equal("score s for contact {\n  group g {\n      event a   15\n      event b   +2\n  }\n  kind fit\n}\n", result.Text);
    }

    [Fact]
    public void FormatRange_OverAGroupHeader_FormatsTheWholeGroup()
    {
        var position = Text.IndexOf("group", StringComparison.Ordinal);

        var result = ScoreFormatter.FormatRange(SyntaxTree.Parse(Text), new TextSpan(position, 5));

        Assert.Equal("score s for contact {\n  group g {\n    event a +15\n    event b +2\n  }\n   kind  fit\n}\n", result.Text);
    }

    [Fact]
    public void FormatRange_Changes_AreSmallAndInsideTheTouchedLines()
    {
        var start = Text.IndexOf("event b", StringComparison.Ordinal);

        var result = ScoreFormatter.FormatRange(SyntaxTree.Parse(Text), new TextSpan(start, 7));

        Assert.All(result.Changes, c => Assert.True(c.Span.Start >= Text.IndexOf("event a", StringComparison.Ordinal) + 8 && c.Span.End <= start + 14, c.ToString()));
        Assert.Equal(2, result.Changes.Length);
    }

    [Fact]
    public void FormatRange_WithSyntaxErrors_IsSkipped()
    {
        const string broken = "score s for contact {\n  group g {\n    event a   15\n";

        var result = ScoreFormatter.FormatRange(SyntaxTree.Parse(broken), new TextSpan(0, broken.Length));

        Assert.Equal(FormatStatus.Skipped, result.Status);
        Assert.Equal(FormatSkipReason.SyntaxErrors, result.SkipReason);
        Assert.Equal(broken, result.Text);
    }
}
