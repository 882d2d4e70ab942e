using Xunit;

namespace ScoreLang.Runtime.Tests;

public class BitmapTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(130)]
    public void AllSet_SetsExactlyTheRowsOfTheBitmap(int length)
    {
        var bitmap = Bitmap.AllSet(length);

        Assert.Equal(length, bitmap.CountSet());
    }

    [Fact]
    public void Indexer_SetsAndClearsSingleBits()
    {
        var bitmap = new Bitmap(200) { [130] = true, [5] = true };
        bitmap[5] = false;

        Assert.True(bitmap[130]);
        Assert.False(bitmap[5]);
        Assert.Equal(1, bitmap.CountSet());
    }
}
