using ScoreLang.Data.Reading;
using Xunit;

namespace ScoreLang.Data.Tests;

/// <summary>The value syntax of docs/data-format.md, cell by cell.</summary>
public class CellParserTests
{
    [Theory]
    [InlineData("2024-02-20", 2024, 2, 20, 0, 0, 0)]
    [InlineData("2024-02-20T10:30:00Z", 2024, 2, 20, 10, 30, 0)]
    [InlineData("2024-02-20T10:30:00", 2024, 2, 20, 10, 30, 0)]
    [InlineData("2024-02-20 10:30:00", 2024, 2, 20, 10, 30, 0)]
    [InlineData("2024-02-20T10:30", 2024, 2, 20, 10, 30, 0)]
    [InlineData("2024-02-20T10:30:00+02:00", 2024, 2, 20, 8, 30, 0)]
    [InlineData("2024-02-20T23:30:00-05:00", 2024, 2, 21, 4, 30, 0)]
    [InlineData(" 2024-02-29 ", 2024, 2, 29, 0, 0, 0)]
    public void DateTimes_AreIso8601_UtcWithoutAnOffset(string text, int year, int month, int day, int hour, int minute, int second)
    {
        Assert.True(CellParser.TryParseTicks(text, dateOnly: false, out var ticks));
        Assert.Equal(TestSchema.Ticks(year, month, day, hour, minute, second), ticks);
    }

    [Fact]
    public void DateTimes_KeepFractionsOfASecond() =>
        Assert.Equal(
            TestSchema.Ticks(2024, 2, 20, 10, 30) + 1_234_567,
            CellParser.TryParseTicks("2024-02-20T10:30:00.1234567Z", dateOnly: false, out var ticks) ? ticks : 0);

    [Theory]
    [InlineData("2024-02-20T23:30:00-05:00", 20)]
    [InlineData("2024-02-20T10:30:00Z", 20)]
    [InlineData("2024-02-20", 20)]
    public void ADateProperty_KeepsTheCalendarDateAsWritten(string text, int day)
    {
        Assert.True(CellParser.TryParseTicks(text, dateOnly: true, out var ticks));
        Assert.Equal(TestSchema.Ticks(2024, 2, day), ticks);
    }

    [Theory]
    [InlineData("2024-13-01")]
    [InlineData("2023-02-29")]
    [InlineData("2024-02-20T24:00:00")]
    [InlineData("20/02/2024")]
    [InlineData("2024-2-3")]
    [InlineData("Feb 20, 2024")]
    [InlineData("yesterday")]
    [InlineData("1708425000")]
    public void AnythingElse_IsNotADate(string text) => Assert.False(CellParser.TryParseTicks(text, dateOnly: false, out _));

    [Theory]
    [InlineData("true", true)]
    [InlineData("FALSE", false)]
    [InlineData("Yes", true)]
    [InlineData("no", false)]
    [InlineData("1", true)]
    [InlineData(" 0 ", false)]
    public void Bools_AreTrueFalseYesNoOrOneZero(string text, bool expected)
    {
        Assert.True(CellParser.TryParseBool(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("y")]
    [InlineData("2")]
    [InlineData("on")]
    public void OtherBools_AreRejected(string text) => Assert.False(CellParser.TryParseBool(text, out _));

    [Theory]
    [InlineData("12", 12)]
    [InlineData("-3.25", -3.25)]
    [InlineData("1e3", 1000)]
    [InlineData(" 7 ", 7)]
    public void Numbers_UseAPointAsTheDecimalSeparator(string text, double expected)
    {
        Assert.True(CellParser.TryParseNumber(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("1,5")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("1e999")]
    [InlineData("12 apples")]
    public void NonNumbers_AndNonFiniteNumbers_AreRejected(string text) => Assert.False(CellParser.TryParseNumber(text, out _));

    [Fact]
    public void EnumMembers_MatchExactlyFirst_ThenIgnoringCase()
    {
        string[] members = ["lead", "Lead", "customer"];

        Assert.Equal(1, CellParser.MatchEnum([.. members], "Lead"));
        Assert.Equal(0, CellParser.MatchEnum([.. members], "LEAD"));
        Assert.Equal(2, CellParser.MatchEnum([.. members], " Customer "));
        Assert.Equal(-1, CellParser.MatchEnum([.. members], "prospect"));
    }

    [Fact]
    public void TextPools_ShareRepeatedValues_UpToTheirCapacity()
    {
        var pool = new TextPool();

        var first = pool.Get("/pricing");
        var again = pool.Get("/pricing".AsSpan());
        for (var i = pool.Count; i < TextPool.Capacity; i++)
        {
            pool.Get("page" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.Same(first, again);
        Assert.NotSame(pool.Get("new after the capacity"), pool.Get("new after the capacity"));
        Assert.Same(first, pool.Get("/pricing"));
        Assert.Equal(TextPool.Capacity, pool.Count);
    }
}
