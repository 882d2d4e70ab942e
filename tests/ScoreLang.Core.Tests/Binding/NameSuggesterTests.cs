using CsCheck;
using ScoreLang.Binding;
using ScoreLang.Text;
using Xunit;

namespace ScoreLang.Core.Tests.Binding;

public sealed class NameSuggesterTests
{
    [Theory]
    [InlineData("job_titel", "job_title")]
    [InlineData("custmer", "customer")]
    [InlineData("engagment", "engagement")]
    [InlineData("Job_Title", "job_title")]
    [InlineData("meeting_boked", "meeting_booked")]
    public void Suggest_FindsTheClosestName(string typed, string expected) =>
        Assert.Equal(expected, NameSuggester.Suggest(typed, ["job_title", "customer", "engagement", "meeting_booked", "email"]));

    [Theory]
    [InlineData("x")]
    [InlineData("completely_different")]
    [InlineData("")]
    public void Suggest_ReturnsNullWhenNothingIsClose(string typed) =>
        Assert.Null(NameSuggester.Suggest(typed, ["job_title", "customer", "ab"]));

    [Fact]
    public void Distance_CountsAnAdjacentSwapAsOneEdit() => Assert.Equal(1, EditDistance.Between("fomr", "form"));

    [Fact]
    public void Distance_IsSymmetricAndZeroOnlyForEqualStrings() =>
        Gen.Select(Gen.String[Gen.Char['a', 'e'], 0, 8], Gen.String[Gen.Char['a', 'e'], 0, 8]).Sample((a, b) =>
            EditDistance.Between(a, b) == EditDistance.Between(b, a) && (EditDistance.Between(a, b) == 0) == (a == b));

    [Fact]
    public void Suggest_OneTypoInALongName_AlwaysFindsTheName() =>
        Gen.Select(Gen.String[Gen.Char['a', 'z'], 6, 20], Gen.Int[0, 5]).Sample((name, index) =>
        {
            var typo = name.Remove(index, 1);
            return NameSuggester.Suggest(typo, [name, "zzzzzzzzzzzzzzzzzzzzzzzzz"]) == name || typo == "zzzzzzzzzzzzzzzzzzzzzzzzz";
        });
}
