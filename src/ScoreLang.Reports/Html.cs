using System.Globalization;
using System.Net;

namespace ScoreLang.Reports;

/// <summary>HTML text helpers: escaping, invariant number formats and plain tables (the text equivalent of each chart).</summary>
internal static class Html
{
    public static string Escape(string text) => WebUtility.HtmlEncode(text);

    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Number(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    public static string Percent(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    public static string Date(DateTime time) => time.ToString(time.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture);

    /// <summary>A table with a caption; cells are text (escaped here), numbers right-aligned by the style sheet.</summary>
    public static void Table(TextWriter writer, string caption, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, string? cssClass = null)
    {
        writer.Write(cssClass is null ? "<table>" : $"<table class=\"{cssClass}\">");
        writer.Write($"<caption>{Escape(caption)}</caption><thead><tr>");
        foreach (var header in headers)
        {
            writer.Write($"<th scope=\"col\">{Escape(header)}</th>");
        }

        writer.WriteLine("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            writer.Write("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                writer.Write(i == 0 ? $"<th scope=\"row\">{Escape(row[i])}</th>" : $"<td>{Escape(row[i])}</td>");
            }

            writer.WriteLine("</tr>");
        }

        writer.WriteLine("</tbody></table>");
    }

    /// <summary>A band matrix as a table: row labels down the side, column labels across (S24-S26).</summary>
    public static void MatrixTable(TextWriter writer, string caption, BandMatrix matrix)
    {
        var headers = new List<string> { $"{matrix.RowTitle} \\ {matrix.ColumnTitle}" };
        headers.AddRange(matrix.Columns);
        headers.Add("total");
        var rows = matrix.Rows.Select((label, r) =>
        {
            var cells = new List<string> { label };
            cells.AddRange(matrix.Counts[r].Select(Count));
            cells.Add(Count(matrix.Counts[r].Sum()));
            return (IReadOnlyList<string>)cells;
        });
        Table(writer, caption, headers, rows, "matrix");
    }
}
