using System.Collections.Immutable;

namespace ScoreLang.Reports;

/// <summary>
/// Counts of records by a row band and a column band: the A1..C3 matrix of a combined score (S24, rows fit, columns
/// engagement), the bands before and after since a previous run (S25) or between two model versions (S26).
/// </summary>
internal sealed record BandMatrix(string RowTitle, string ColumnTitle, ImmutableArray<string> Rows, ImmutableArray<string> Columns, long[][] Counts)
{
    public long Total => Counts.Sum(row => row.Sum());

    public long Max => Counts.Length == 0 ? 0 : Counts.Max(row => row.Length == 0 ? 0 : row.Max());

    /// <summary>Records whose row label differs from their column label (a band change).</summary>
    public long OffDiagonal
    {
        get
        {
            long changed = 0;
            for (var r = 0; r < Rows.Length; r++)
            {
                for (var c = 0; c < Columns.Length; c++)
                {
                    if (!string.Equals(Rows[r], Columns[c], StringComparison.Ordinal))
                    {
                        changed += Counts[r][c];
                    }
                }
            }

            return changed;
        }
    }

    /// <summary>The same matrix without the rows and columns named in <paramref name="optional"/> that are all zero.</summary>
    public BandMatrix WithoutEmpty(IReadOnlySet<string> optional)
    {
        var rows = Enumerable.Range(0, Rows.Length).Where(r => !optional.Contains(Rows[r]) || Counts[r].Any(c => c != 0)).ToArray();
        var columns = Enumerable.Range(0, Columns.Length).Where(c => !optional.Contains(Columns[c]) || Counts.Any(row => row[c] != 0)).ToArray();
        return this with
        {
            Rows = [.. rows.Select(r => Rows[r])],
            Columns = [.. columns.Select(c => Columns[c])],
            Counts = [.. rows.Select(r => columns.Select(c => Counts[r][c]).ToArray())],
        };
    }
}
