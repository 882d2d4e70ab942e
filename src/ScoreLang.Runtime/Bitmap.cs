namespace ScoreLang.Runtime;

/// <summary>
/// A fixed-length set of bits (one per row), stored in 64-bit words so generated code can test a row with
/// <c>(words[row &gt;&gt; 6] &amp; (1UL &lt;&lt; row)) != 0</c> without a call. Writers that run in parallel must own
/// whole words: the scorer splits work into ranges aligned to 64 rows for that reason.
/// </summary>
public sealed class Bitmap
{
    public Bitmap(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        Length = length;
        Words = new ulong[(length + 63) >> 6];
    }

    internal Bitmap(int length, ulong[] words)
    {
        Length = length;
        Words = words;
    }

    public int Length { get; }

    /// <summary>The bits, row r at bit (r &amp; 63) of word (r &gt;&gt; 6). Bits past <see cref="Length"/> are 0.</summary>
    public ulong[] Words { get; }

    public bool this[int index]
    {
        get => (Words[index >> 6] & (1UL << index)) != 0;
        set
        {
            if (value)
            {
                Words[index >> 6] |= 1UL << index;
            }
            else
            {
                Words[index >> 6] &= ~(1UL << index);
            }
        }
    }

    /// <summary>How many bits are set.</summary>
    public int CountSet()
    {
        var count = 0;
        foreach (var word in Words)
        {
            count += System.Numerics.BitOperations.PopCount(word);
        }

        return count;
    }

    /// <summary>A bitmap with every bit of [0, length) set.</summary>
    public static Bitmap AllSet(int length)
    {
        var bitmap = new Bitmap(length);
        Array.Fill(bitmap.Words, ulong.MaxValue);
        var tail = length & 63;
        if (tail != 0)
        {
            bitmap.Words[^1] = (1UL << tail) - 1;
        }

        return bitmap;
    }
}
