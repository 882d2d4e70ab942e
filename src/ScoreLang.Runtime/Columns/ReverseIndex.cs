namespace ScoreLang.Runtime.Columns;

/// <summary>
/// The inverse of an association in compressed sparse row form: the source rows pointing at target row t are
/// <c>Rows[Offsets[t] .. Offsets[t + 1])</c>, in increasing order (a company's contacts, S2).
/// </summary>
public sealed class ReverseIndex
{
    internal ReverseIndex(int[] offsets, int[] rows)
    {
        Offsets = offsets;
        Rows = rows;
    }

    /// <summary>Length: target count + 1.</summary>
    public int[] Offsets { get; }

    public int[] Rows { get; }

    public ReadOnlySpan<int> SourcesOf(int targetRow) => Rows.AsSpan(Offsets[targetRow], Offsets[targetRow + 1] - Offsets[targetRow]);

    /// <summary>Builds the index with a counting sort: O(sources + targets), stable in source row order.</summary>
    internal static ReverseIndex Build(int[] targetOfSource, int targetCount)
    {
        var offsets = new int[targetCount + 1];
        foreach (var target in targetOfSource)
        {
            if (target >= 0)
            {
                offsets[target + 1]++;
            }
        }

        for (var t = 0; t < targetCount; t++)
        {
            offsets[t + 1] += offsets[t];
        }

        var rows = new int[offsets[targetCount]];
        var next = (int[])offsets.Clone();
        for (var source = 0; source < targetOfSource.Length; source++)
        {
            var target = targetOfSource[source];
            if (target >= 0)
            {
                rows[next[target]++] = source;
            }
        }

        return new ReverseIndex(offsets, rows);
    }
}
