using System.Text.RegularExpressions;
using ScoreLang.Runtime.Output;
using ScoreLang.Tests.Shared;
using Xunit;

namespace ScoreLang.Reports.Tests;

/// <summary>The page itself: self-contained, one table per chart, unique ids, and the record's sections.</summary>
public sealed partial class HtmlReportTests
{
    [Fact]
    public void Write_IsSelfContained_NoScriptNoLinkNoFetchedResource()
    {
        var html = Render(record: null);

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        // The only URLs are the SVG and XLink namespace names, which are never fetched.
        Assert.All(UrlPattern().Matches(html), m => Assert.Contains(m.Value, new[] { "http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink" }));
    }

    [Fact]
    public void Write_EveryChartHasATableWithItsFigures_AndIdsAreUnique()
    {
        var html = Render(record: "c0");

        var charts = ChartPattern().Matches(html);
        Assert.True(charts.Count >= 4, $"{charts.Count} charts");
        foreach (Match chart in charts)
        {
            var after = html.AsSpan(chart.Index + chart.Length);
            var nextChart = after.IndexOf("<svg class=\"chart\"", StringComparison.Ordinal);
            var nextTable = after.IndexOf("<table", StringComparison.Ordinal);
            Assert.True(nextTable >= 0 && (nextChart < 0 || nextTable < nextChart), "a chart without a table after it: " + chart.Value);
        }

        var ids = IdPattern().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Write_WithARecord_ShowsItsHistoryAndExplanation_S27_S28()
    {
        var html = Render(record: "c0");

        Assert.Contains("<h2>Record c0 (contact)</h2>", html, StringComparison.Ordinal);
        Assert.Contains("Score history (S27)", html, StringComparison.Ordinal);
        Assert.Contains("Explanation: eng as of 2024-07-01 (S28)", html, StringComparison.Ordinal);
        // Two fresh visits: a gives 20 (under its limit), b's once-rule 1: score 21, tier low.
        Assert.Contains("Score <strong>21</strong>, tier <strong>low</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"rule-text\">event visit +10", html, StringComparison.Ordinal);
    }

    /// <summary>
    /// The page's text and tables, charts reduced to their accessible names (their coordinates depend on fonts): any
    /// change to what the report says shows up as a reviewed baseline diff.
    /// </summary>
    [Fact]
    public void Write_SmallModel_TextMatchesBaseline()
    {
        var html = Render(record: "c0");

        var text = ChartElement().Replace(html, m => $"[chart: {AriaLabel().Match(m.Value).Groups[1].Value}]");
        text = StyleElement().Replace(text, "<style>…</style>");
        Baseline.Match("small-report.html", text);
    }

    [Fact]
    public void Write_UnknownRecord_IsAnArgumentError()
    {
        var error = Assert.Throws<ArgumentException>(() => Render(record: "nobody"));
        Assert.Contains("nobody", error.Message, StringComparison.Ordinal);
    }

    private static string Render(string? record)
    {
        var program = TestModel.Bind();
        var day = TestModel.AsOf.AddDays(-1);
        var data = TestModel.Data(program, TestModel.Contact("c0", true, day, day), TestModel.Contact("c1", false));
        var output = ScoringOutput.Create(program.Scores, data);
        TestModel.Set(output["eng"], 0, 21, 1, 20, 1);
        TestModel.Set(output["eng"], 1, 0, 1, 0, 0);
        using var writer = new StringWriter();
        HtmlReport.Write(new ReportRequest(program, data, output, TestModel.AsOf) { RecordId = record, Outcome = new OutcomeSpec("won", null) }, writer);
        return writer.ToString();
    }

    [GeneratedRegex("https?://[^\"'\\s)]+")]
    private static partial Regex UrlPattern();

    [GeneratedRegex("<svg class=\"chart\"[^>]*>")]
    private static partial Regex ChartPattern();

    [GeneratedRegex(" id=\"([^\"]+)\"")]
    private static partial Regex IdPattern();

    [GeneratedRegex("<svg class=\"chart\".*?</svg>", RegexOptions.Singleline)]
    private static partial Regex ChartElement();

    [GeneratedRegex("aria-label=\"([^\"]*)\"")]
    private static partial Regex AriaLabel();

    [GeneratedRegex("<style>.*?</style>", RegexOptions.Singleline)]
    private static partial Regex StyleElement();
}
