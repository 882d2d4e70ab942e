using CsCheck;
using ScoreLang.Formatting;
using ScoreLang.Syntax;
using ScoreLang.Tests.Formatting.Generators;
using ScoreLang.Text;
using Xunit;

namespace ScoreLang.Tests.Formatting;

/// <summary>
/// Properties of the formatter over random valid programs (with random whitespace and comments between any two
/// tokens), over every golden input and over the sample files.
/// </summary>
public class FormatterPropertyTests
{
    public static TheoryData<string> Cases => FormattingCases.Names();

    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        var folder = Path.Combine(AppContext.BaseDirectory, "samples");
        foreach (var file in Directory.GetFiles(folder).Where(f => f.EndsWith(".score", StringComparison.Ordinal) || f.EndsWith(".schema", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Fact]
    public void Format_GeneratedPrograms_IsIdempotentKeepsMeaningAndComments() =>
        ProgramGenerator.Text.Sample(text => FormattingAssert.Faithful(text), iter: 400, threads: 1);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Format_GoldenInput_IsIdempotentKeepsMeaningAndComments(string name) =>
        FormattingAssert.Faithful(FormattingCases.Input(name));

    [Theory]
    [MemberData(nameof(Samples))]
    public void Format_SampleFile_IsIdempotentKeepsMeaningAndComments(string file) =>
        FormattingAssert.Faithful(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", file)));

    [Fact]
    public void FormatRange_ThenFormat_GivesTheSameTextAsFormat()
    {
        var gen = ProgramGenerator.Text.SelectMany(text => Gen.Select(Gen.Int[0, text.Length], Gen.Int[0, text.Length], (a, b) => (text, a, b)));
        gen.Sample(
            (text, a, b) =>
            {
                var range = TextSpan.FromBounds(Math.Min(a, b), Math.Max(a, b));
                var whole = FormattingAssert.Faithful(text);

                var partly = ScoreFormatter.FormatRange(SyntaxTree.Parse(text), range);

                Assert.False(partly.Skipped, partly.Message);
                Assert.Equal(whole, ScoreFormatter.Format(partly.Text).Text);
            },
            iter: 150,
            threads: 1);
    }

    [Fact]
    public void FormatRange_OverTheWholeFile_IsFormat() =>
        ProgramGenerator.Text.Sample(
            text =>
            {
                var tree = SyntaxTree.Parse(text);
                Assert.Equal(ScoreFormatter.Format(tree).Text, ScoreFormatter.FormatRange(tree, new TextSpan(0, text.Length)).Text);
            },
            iter: 100,
            threads: 1);
}
