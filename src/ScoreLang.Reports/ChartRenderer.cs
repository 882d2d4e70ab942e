using System.Globalization;
using System.Text.RegularExpressions;
using ScottPlot;
using ScoreLang.Evaluation;

namespace ScoreLang.Reports;

/// <summary>
/// Draws the report's charts with ScottPlot and returns them as SVG text to inline in the page: vector, so a chart of a
/// million records is as small as one of a hundred (it draws bins and bands, never points). Each SVG gets its own id
/// prefix (ScottPlot numbers its clip paths per chart, and ids must be unique in one HTML page) and an aria-label; the
/// page shows a table with the same figures beside every chart.
/// </summary>
internal sealed partial class ChartRenderer
{
    private const int Width = 720;
    private const int Height = 300;

    private static readonly Color[] BandColors =
    [
        Color.FromHex("#2ca02c"), Color.FromHex("#ff7f0e"), Color.FromHex("#d62728"), Color.FromHex("#9467bd"),
        Color.FromHex("#8c564b"), Color.FromHex("#e377c2"), Color.FromHex("#7f7f7f"), Color.FromHex("#bcbd22"),
    ];

    private static readonly Color BarColor = Color.FromHex("#1f77b4");
    private static readonly Color Empty = Color.FromHex("#f4f7fb");
    private static readonly Color Full = Color.FromHex("#08306b");

    private int _charts;

    /// <summary>The histogram of a distribution with its threshold bands shaded and named (S23).</summary>
    public string Histogram(Distribution distribution, string description)
    {
        var plot = NewPlot();
        var bins = distribution.Bins;
        var top = bins.IsEmpty ? 1 : bins.Max(b => b.Count);
        var right = bins.IsEmpty ? 1 : bins[^1].To;
        if (distribution.Thresholds is { } thresholds)
        {
            var left = bins.IsEmpty ? 0 : bins[0].From;
            for (var i = 0; i < thresholds.Bands.Length; i++)
            {
                var band = thresholds.Bands[i];
                var (from, to) = (Math.Max(band.From, left), Math.Min(band.To is null ? right : band.To.Value + 1, right));
                if (to <= from)
                {
                    continue;
                }

                plot.Add.HorizontalSpan(from, to, BandColors[i % BandColors.Length].WithAlpha(0.18));
                var label = plot.Add.Text(band.Label, (from + to) / 2, top * 1.08);
                label.LabelFontSize = 13;
                label.LabelBold = true;
                label.LabelAlignment = Alignment.MiddleCenter;
                label.LabelFontColor = BandColors[i % BandColors.Length].Darken(0.3);
            }
        }

        var bars = bins.Select(b => new Bar
        {
            Position = (b.From + b.To) / 2,
            Value = b.Count,
            Size = (b.To - b.From) * 0.92,
            FillColor = BarColor,
            LineWidth = 0,
        }).ToList();
        plot.Add.Bars(bars);
        plot.Axes.SetLimitsY(0, top * 1.15);
        plot.XLabel(distribution.Name);
        plot.YLabel("records");
        return Svg(plot, description, Width, Height);
    }

    /// <summary>Bars with a category label each; horizontal when labels are long (rules).</summary>
    public string Bars(IReadOnlyList<(string Label, double Value)> items, string valueLabel, string description, bool horizontal = false)
    {
        var plot = NewPlot();
        var count = items.Count;
        var bars = items.Select((item, i) => new Bar
        {
            Position = horizontal ? count - 1 - i : i,
            Value = item.Value,
            FillColor = item.Value < 0 ? BandColors[2] : BarColor,
            LineWidth = 0,
        }).ToList();
        var plottable = plot.Add.Bars(bars);
        plottable.Horizontal = horizontal;
        var positions = Enumerable.Range(0, count).Select(i => (double)(horizontal ? count - 1 - i : i)).ToArray();
        var labels = items.Select(item => Shorten(item.Label, horizontal ? 48 : 18)).ToArray();
        if (horizontal)
        {
            plot.Axes.Left.SetTicks(positions, labels);
            plot.XLabel(valueLabel);
        }
        else
        {
            plot.Axes.Bottom.SetTicks(positions, labels);
            plot.YLabel(valueLabel);
        }

        return Svg(plot, description, Width, horizontal ? Math.Max(160, 60 + (28 * count)) : Height);
    }

    /// <summary>A band matrix as a heat map (S24-S26): one rectangle per cell, darker for more records, with its count.</summary>
    public string HeatMap(BandMatrix matrix, string description)
    {
        var plot = NewPlot();
        var max = Math.Max(1, matrix.Max);
        var rows = matrix.Rows.Length;
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < matrix.Columns.Length; c++)
            {
                var count = matrix.Counts[r][c];
                var y = rows - 1 - r;
                var cell = plot.Add.Rectangle(c, c + 1, y, y + 1);
                // White for none, to dark blue for the largest cell: the eye finds where records are.
                var shade = (double)count / max;
                cell.FillStyle.Color = Empty.MixedWith(Full, shade);
                cell.LineStyle.Color = Colors.White;
                cell.LineStyle.Width = 2;
                var text = plot.Add.Text(Html.Count(count), c + 0.5, y + 0.5);
                text.LabelFontSize = 14;
                text.LabelBold = true;
                text.LabelAlignment = Alignment.MiddleCenter;
                text.LabelFontColor = shade > 0.5 ? Colors.White : Colors.Black;
            }
        }

        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, matrix.Columns.Length).Select(c => c + 0.5)], [.. matrix.Columns]);
        plot.Axes.Left.SetTicks([.. Enumerable.Range(0, rows).Select(r => rows - 1 - r + 0.5)], [.. matrix.Rows]);
        plot.Axes.SetLimits(0, matrix.Columns.Length, 0, rows);
        plot.XLabel(matrix.ColumnTitle);
        plot.YLabel(matrix.RowTitle);
        plot.HideGrid();
        var size = Math.Min(Width, 160 + (90 * Math.Max(rows, matrix.Columns.Length)));
        return Svg(plot, description, size, Math.Max(220, 110 + (60 * rows)));
    }

    /// <summary>A record's scores over time (S27): one line per score, scored dates only.</summary>
    public string History(IReadOnlyList<(string Name, IReadOnlyList<ScoreResult> Points)> series, string description)
    {
        var plot = NewPlot();
        foreach (var (name, points) in series)
        {
            var scored = points.Where(p => p.Score is not null).ToArray();
            if (scored.Length == 0)
            {
                continue;
            }

            var line = plot.Add.Scatter(scored.Select(p => p.AsOf.ToOADate()).ToArray(), scored.Select(p => p.Score!.Value).ToArray());
            line.LegendText = name;
            line.LineWidth = 2;
            line.MarkerSize = 6;
        }

        // ISO dates (yyyy-MM), not a culture's month/day order: one tick every few points.
        var dates = series.SelectMany(s => s.Points).Select(p => p.AsOf).Distinct().Order().ToArray();
        var step = Math.Max(1, (int)Math.Ceiling(dates.Length / 7.0));
        var ticks = dates.Where((_, i) => i % step == 0 || i == dates.Length - 1).ToArray();
        plot.Axes.Bottom.SetTicks([.. ticks.Select(d => d.ToOADate())], [.. ticks.Select(d => d.ToString("yyyy-MM", CultureInfo.InvariantCulture))]);
        plot.ShowLegend(Edge.Right);
        plot.YLabel("score");
        return Svg(plot, description, Width, Height);
    }

    private static Plot NewPlot()
    {
        var plot = new Plot();
        plot.Font.Set("DejaVu Sans");
        return plot;
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1), "…");

    /// <summary>Inline-ready SVG: no XML declaration, a viewBox so it scales, unique ids, and an accessible name.</summary>
    private string Svg(Plot plot, string description, int width, int height)
    {
        var prefix = string.Create(CultureInfo.InvariantCulture, $"chart{++_charts}-");
        var svg = plot.GetSvgXml(width, height);
        svg = svg[svg.IndexOf("<svg", StringComparison.Ordinal)..];
        svg = IdAttribute().Replace(svg, m => $"id=\"{prefix}{m.Groups[1].Value}\"");
        svg = UrlReference().Replace(svg, m => $"url(#{prefix}{m.Groups[1].Value})");
        var attributes = string.Create(
            CultureInfo.InvariantCulture,
            $"<svg class=\"chart\" role=\"img\" aria-label=\"{Html.Escape(description)}\" viewBox=\"0 0 {width} {height}\" ");
        return string.Concat(attributes, svg.AsSpan("<svg ".Length)).Trim();
    }

    [GeneratedRegex("id=\"([^\"]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex IdAttribute();

    [GeneratedRegex("url\\(#([^)]+)\\)", RegexOptions.CultureInvariant)]
    private static partial Regex UrlReference();
}
