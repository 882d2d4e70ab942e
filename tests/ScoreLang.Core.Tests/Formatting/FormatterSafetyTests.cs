using ScoreLang.Formatting;
using ScoreLang.Syntax;
using ScoreLang.Text;
using Xunit;

namespace ScoreLang.Tests.Formatting;

/// <summary>What the formatter refuses to do, and the small pieces it is built from.</summary>
public class FormatterSafetyTests
{
    [Theory]
    [InlineData("score s for contact {\n  group g {\n    event a +\n  }\n}\n")]
    [InlineData("record r { a: }\n")]
    [InlineData("score s for contact { kind fit\n")]
    [InlineData("/* never closed\nrecord r {}\n")]
    [InlineData("list l of contact when \"unterminated\n")]
    [InlineData("hello world\n")]
    public void Format_FileWithSyntaxErrors_IsReturnedUnchangedAndMarkedSkipped(string text)
    {
        var result = ScoreFormatter.Format(text);

        Assert.Equal(FormatStatus.Skipped, result.Status);
        Assert.Equal(FormatSkipReason.SyntaxErrors, result.SkipReason);
        Assert.Same(text, result.Text);
        Assert.Empty(result.Changes);
        Assert.Contains("syntax error", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_FormattedText_IsUnchanged()
    {
        const string text = "list l of contact\n";

        var result = ScoreFormatter.Format(text);

        Assert.Equal(FormatStatus.Unchanged, result.Status);
        Assert.Same(text, result.Text);
    }

    [Fact]
    public void Format_EmptyFile_StaysEmpty() => Assert.Equal(string.Empty, ScoreFormatter.Format(string.Empty).Text);

    [Fact]
    public void Format_CrLfAndIndentOptions_AreHonoured()
    {
        var options = new FormattingOptions(IndentSize: 4, NewLine: "\r\n");

        var result = ScoreFormatter.Format("record r {\n a: string\n}", options);

        Assert.Equal("record r {\r\n    a: string\r\n}\r\n", result.Text);
    }

    [Fact]
    public void Verifier_ChangedMeaningOrLostComment_IsReported()
    {
        var tree = SyntaxTree.Parse("list l of contact // why\n");
        var elements = SourceElement.FromTokens(tree.Tokens);

        Assert.Null(ScoreFormatter.Verify(tree, elements, "list l of contact // why\n"));
        Assert.NotNull(ScoreFormatter.Verify(tree, elements, "list l of company // why\n"));
        Assert.NotNull(ScoreFormatter.Verify(tree, elements, "list l of contact\n"));
        Assert.NotNull(ScoreFormatter.Verify(tree, elements, "list l of contact { // why\n"));
    }

    [Theory]
    [InlineData("2.50", "2.5")]
    [InlineData("007", "7")]
    [InlineData("3.0", "3")]
    [InlineData("0.000", "0")]
    [InlineData("000.5", "0.5")]
    [InlineData("12.125", "12.125")]
    [InlineData("100", "100")]
    public void LiteralNumber_IsMinimal(string written, string canonical) => Assert.Equal(canonical, LiteralText.Number(written));

    [Theory]
    [InlineData("Demo", "\"Demo\"")]
    [InlineData("a \"b\" \\ c", "\"a \\\"b\\\" \\\\ c\"")]
    [InlineData("line\nbreak\ttab", "\"line\\nbreak\\ttab\"")]
    [InlineData("bell\u0007 cr\r nel\u0085 ls\u2028", "\"bell\\u0007 cr\\u000D nel\\u0085 ls\\u2028\"")]
    [InlineData("café 😀", "\"café 😀\"")]
    public void LiteralString_IsEscapedCanonically(string value, string literal) => Assert.Equal(literal, LiteralText.String(value));

    [Fact]
    public void LiteralString_LoneSurrogate_IsEscaped() => Assert.Equal("\"lone \\uD800 ok\"", LiteralText.String("lone \ud800 ok"));

    [Fact]
    public void TextChangeApply_AppliesSortedChanges()
    {
        var changes = new[] { new TextChange(new TextSpan(0, 1), "A"), new TextChange(new TextSpan(3, 0), "-"), new TextChange(new TextSpan(4, 2), string.Empty) };

        Assert.Equal("Abc-d", TextChange.Apply("abcdef", changes));
        Assert.Throws<ArgumentException>(() => TextChange.Apply("abc", [new TextChange(new TextSpan(2, 1), "x"), new TextChange(new TextSpan(0, 1), "y")]));
    }
}
