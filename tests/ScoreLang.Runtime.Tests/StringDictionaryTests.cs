using ScoreLang.Runtime.Columns;
using Xunit;

namespace ScoreLang.Runtime.Tests;

public class StringDictionaryTests
{
    [Fact]
    public void Encode_GivesEachDistinctValueOneCode_InOrderOfFirstAppearance_AndUnknownCode0()
    {
        string?[] column = ["b", null, new string('a', 1), "b", "a", null];

        var dictionary = StringDictionary.TryEncode(column)!;

        Assert.Equal(new string?[] { null, "b", "a" }.AsEnumerable(), dictionary.Values);
        Assert.Equal([1, 0, 2, 1, 2, 0], dictionary.Codes);
    }

    [Fact]
    public void Encode_MakesEqualValuesShareOneInstance()
    {
        string?[] column = [new string('x', 3), new string('x', 3), null];
        Assert.NotSame(column[0], column[1]);

        StringDictionary.TryEncode(column);

        Assert.Same(column[0], column[1]);
        Assert.Null(column[2]);
    }

    [Fact]
    public void Encode_AboveTheLimit_ReturnsNull_AndLeavesTheColumnAsItWas()
    {
        string?[] column = [new string('x', 1), "y", "z", new string('x', 1)];
        var first = column[0];
        var last = column[3];

        Assert.Null(StringDictionary.TryEncode(column, maxEntries: 2));
        Assert.Same(first, column[0]);
        Assert.Same(last, column[3]);
        Assert.NotNull(StringDictionary.TryEncode(column, maxEntries: 3));
    }
}
