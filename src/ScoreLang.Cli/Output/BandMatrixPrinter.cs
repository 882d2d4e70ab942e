using System.Globalization;
using System.Text;
using ScoreLang.Runtime.Comparison;

namespace ScoreLang.Cli.Output;

/// <summary>The band matrix as a text table: earlier tier per row, later tier per column, empty cells for zero.</summary>
internal static class BandMatrixPrinter
{
    public static void Print(TextWriter output, BandMatrix matrix, string indent)
    {
        var rows = matrix.FromLabels.Where(from => matrix.ToLabels.Any(to => matrix[from, to] > 0)).ToList();
        var width = Math.Max(12, matrix.ToLabels.Concat(rows).Max(l => l.Length) + 2);
        var header = new StringBuilder(indent).Append("before \\ after".PadRight(width));
        foreach (var to in matrix.ToLabels)
        {
            header.Append(to.PadLeft(width));
        }

        output.WriteLine(header.ToString());
        foreach (var from in rows)
        {
            var line = new StringBuilder(indent).Append(from.PadRight(width));
            foreach (var to in matrix.ToLabels)
            {
                var count = matrix[from, to];
                line.Append((count == 0 ? "." : count.ToString(CultureInfo.InvariantCulture)).PadLeft(width));
            }

            output.WriteLine(line.ToString());
        }

        if (matrix.NewRecords.Count > 0)
        {
            var line = new StringBuilder(indent).Append("(new)".PadRight(width));
            foreach (var to in matrix.ToLabels)
            {
                var count = matrix.NewRecords.GetValueOrDefault(to);
                line.Append((count == 0 ? "." : count.ToString(CultureInfo.InvariantCulture)).PadLeft(width));
            }

            output.WriteLine(line.ToString());
        }
    }
}
