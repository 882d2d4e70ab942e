using ScoreLang.Formatting;
using Xunit;

namespace ScoreLang.Tests.Formatting;

/// <summary>
/// Every construct of grammar.md and every comment placement, formatted and compared with the checked-in expectation
/// (<c>Cases/*.expected.score</c>; regenerate with <c>SCORELANG_UPDATE_BASELINES=1</c> and review the diff).
/// </summary>
public class FormatterGoldenTests
{
    public static TheoryData<string> Cases => FormattingCases.Names();

    [Fact]
    public void GoldenCases_CoverEveryAreaOfTheGrammar()
    {
        var names = Cases.Cast<object[]>().Select(row => (string)row[0]).ToList();
        Assert.Subset(
            names.ToHashSet(StringComparer.Ordinal),
            new HashSet<string>(StringComparer.Ordinal) { "schema", "score-members", "groups-and-rules", "conditions", "thresholds", "tests", "comments", "blank-lines", "literals" });
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Format_GoldenCase_MatchesExpectedText(string name)
    {
        var input = FormattingCases.Input(name);

        var result = ScoreFormatter.Format(input);

        Assert.False(result.Skipped, $"{name}: {result.Message}");
        if (FormattingCases.UpdateBaselines)
        {
            FormattingCases.WriteExpected(name, result.Text);
            return;
        }

        var expected = FormattingCases.Expected(name);
        Assert.True(expected is not null, $"No expectation for '{name}': run the tests with SCORELANG_UPDATE_BASELINES=1 and review the new file.");
        Assert.Equal(expected, result.Text);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Format_ExpectedText_IsAlreadyFormatted(string name)
    {
        if (FormattingCases.UpdateBaselines)
        {
            return;
        }

        var expected = FormattingCases.Expected(name);
        Assert.True(expected is not null, $"No expectation for '{name}'.");

        var result = ScoreFormatter.Format(expected);

        Assert.Equal(FormatStatus.Unchanged, result.Status);
        Assert.Empty(result.Changes);
    }
}
