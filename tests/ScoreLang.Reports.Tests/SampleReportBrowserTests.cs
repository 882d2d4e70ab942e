using System.Globalization;
using System.Text.RegularExpressions;
using SkiaSharp;
using Xunit;

namespace ScoreLang.Reports.Tests;

/// <summary>
/// The sample run's report, written by the real scorelang process and rendered by headless Chromium: the charts are
/// drawn and not empty, the headings and the run's own numbers are in the DOM, nothing failed, and a screenshot is
/// taken (with SCORELANG_UPDATE_BASELINES=1 it becomes docs/images/report-sample.png, the picture in docs/reports.md).
/// In CI (CI=true) a missing browser fails the test; elsewhere it is skipped.
/// </summary>
public sealed partial class SampleReportBrowserTests : IDisposable
{
    private static readonly string Root = RepositoryRoot();
    private readonly string _folder = Directory.CreateTempSubdirectory("scorelang-report-browser-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [SkippableFact]
    public void SampleReport_RendersInChromium_ChartsHeadingsAndNumbers_S24_S25_S26_S27_S28()
    {
        var chromium = Chromium.Find();
        if (chromium is null)
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", "chromium is not installed: test.sh installs Debian's chromium in CI.");
            Skip.If(true, "chromium is not installed (apt-get install chromium); CI installs it through test.sh.");
        }

        var (report, runSummary) = WriteSampleReport();

        var dom = Chromium.DumpDom(chromium!, report, Path.Combine(_folder, "profile-dom"));
        Assert.True(dom.ExitCode == 0, dom.ToString());
        var page = dom.StandardOutput;

        // Headings of every part of the issue.
        foreach (var heading in new[]
        {
            "<h2>Score lead_quality — Lead quality</h2>", "<h4>Fit by engagement (S24)</h4>", "<h3>Groups</h3>",
            "<h3>Rules that award the most points</h3>", "<h3>Engagement by event age (decay)</h3>",
            "<h3>Crossings since the previous run (S25)</h3>", "<h3>Impact of the model change (S26)</h3>",
            "<h3>Score history (S27)</h3>", "<h3>Explanation: contact_engagement as of 2024-07-01 (S28)</h3>",
            "<h3>Conversion by band: lifecycle_stage = customer</h3>",
        })
        {
            Assert.Contains(heading, page, StringComparison.Ordinal);
        }

        // The numbers are the run's own: each tier count that `scorelang run` printed is in the band tables.
        var tiers = TierLine().Matches(runSummary).ToList();
        Assert.True(tiers.Count >= 20, runSummary);
        foreach (var tier in tiers)
        {
            var row = $"<th scope=\"row\">{tier.Groups[1].Value}</th><td>{long.Parse(tier.Groups[2].Value, CultureInfo.InvariantCulture).ToString("N0", CultureInfo.InvariantCulture)}</td>";
            Assert.Contains(row, page, StringComparison.Ordinal);
        }

        Assert.Contains("<dt>scored</dt><dd>295</dd>", page, StringComparison.Ordinal);
        Assert.Contains("Score <strong>29</strong>, tier <strong>low</strong>", page, StringComparison.Ordinal);

        // Charts: present and drawn (shapes with an area, and text).
        var charts = ChartElement().Matches(page).ToList();
        Assert.True(charts.Count >= 30, $"{charts.Count} charts");
        foreach (var chart in charts)
        {
            var shapes = FilledRect().Matches(chart.Value).Count(m => Size(m.Groups[1].Value) > 0 && Size(m.Groups[2].Value) > 0);
            Assert.True(shapes >= 2 || chart.Value.Contains("<path", StringComparison.Ordinal), "an empty chart: " + chart.Value[..Math.Min(300, chart.Value.Length)]);
            Assert.Contains("<text", chart.Value, StringComparison.Ordinal);
        }

        // No script on the page, and nothing the browser logged as an error of the page.
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(PageError(), dom.StandardError);

        var png = Path.Combine(_folder, "report.png");
        var shot = Chromium.Screenshot(chromium!, report, png, Path.Combine(_folder, "profile-shot"), 1100, 2200);
        Assert.True(shot.ExitCode == 0 && File.Exists(png), shot.ToString());
        AssertDrawn(png);
        if (Environment.GetEnvironmentVariable("SCORELANG_UPDATE_BASELINES") == "1")
        {
            File.Copy(png, Path.Combine(Root, "docs", "images", "report-sample.png"), overwrite: true);
        }
    }

    /// <summary>
    /// The command docs/reports.md shows: an earlier run a month before, the current run with that as --previous, a
    /// changed copy of lead-scoring.score as --compare, the worked-example contact and lifecycle_stage=customer.
    /// </summary>
    private (string Report, string RunSummary) WriteSampleReport()
    {
        // A copy of the samples, so the page shows the same relative paths on every machine.
        var samples = CopySamples(Path.Combine(_folder, "samples"));
        var earlier = Scorelang(samples, "run", ".", "--data", "data", "--as-of", "2024-06-01", "--out", "previous.csv");
        Assert.True(earlier.ExitCode == 0, earlier.ToString());

        var old = Directory.CreateDirectory(Path.Combine(_folder, "old")).FullName;
        File.Copy(Path.Combine(samples, "crm.schema"), Path.Combine(old, "crm.schema"));
        var changed = File.ReadAllText(Path.Combine(samples, "lead-scoring.score"))
            .Replace("high 70..100", "high 60..100", StringComparison.Ordinal)
            .Replace("medium 40..69", "medium 40..59", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(old, "lead-scoring.score"), changed);

        var run = Scorelang(
            samples, "report", ".", "--data", "data", "--as-of", "2024-07-01", "--out", "report.html", "--previous", "previous.csv",
            "--compare", "../old/lead-scoring.score", "--record", "worked-example", "--outcome", "lifecycle_stage=customer");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Wrote report", run.StandardOutput, StringComparison.Ordinal);

        var summary = Scorelang(samples, "run", ".", "--data", "data", "--as-of", "2024-07-01");
        Assert.True(summary.ExitCode == 0, summary.ToString());
        return (Path.Combine(samples, "report.html"), summary.StandardOutput);
    }

    private static string CopySamples(string target)
    {
        var source = Path.Combine(Root, "samples");
        Directory.CreateDirectory(Path.Combine(target, "data"));
        foreach (var file in Directory.GetFiles(source, "*.score").Concat(Directory.GetFiles(source, "*.schema")))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        foreach (var file in Directory.GetFiles(Path.Combine(source, "data")))
        {
            File.Copy(file, Path.Combine(target, "data", Path.GetFileName(file)));
        }

        return target;
    }

    private static ProcessResult Scorelang(string workingDirectory, params string[] args) =>
        ProcessResult.Run("dotnet", workingDirectory, TimeSpan.FromMinutes(3), [Path.Combine(AppContext.BaseDirectory, "scorelang.dll"), .. args]);

    /// <summary>The screenshot is a real page: the size asked for, and a good part of it is not background.</summary>
    private static void AssertDrawn(string png)
    {
        using var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        Assert.Equal((1100, 2200), (bitmap.Width, bitmap.Height));
        var background = bitmap.GetPixel(2, 2);
        long different = 0, sampled = 0;
        for (var y = 0; y < bitmap.Height; y += 4)
        {
            for (var x = 0; x < bitmap.Width; x += 4)
            {
                sampled++;
                if (bitmap.GetPixel(x, y) != background)
                {
                    different++;
                }
            }
        }

        Assert.True(different > sampled / 5, $"only {different} of {sampled} sampled pixels differ from the background");
    }

    private static double Size(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ScoreLang.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("ScoreLang.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"^  (\S+)\s+(\d+)$", RegexOptions.Multiline)]
    private static partial Regex TierLine();

    [GeneratedRegex("<svg class=\"chart\".*?</svg>", RegexOptions.Singleline)]
    private static partial Regex ChartElement();

    [GeneratedRegex("<rect fill=\"#[0-9A-Fa-f]+\"[^>]*? width=\"([0-9.]+)\" height=\"([0-9.]+)\"")]
    private static partial Regex FilledRect();

    [GeneratedRegex(@"Uncaught|CONSOLE\(\d+\)|Failed to load resource|Refused to", RegexOptions.IgnoreCase)]
    private static partial Regex PageError();
}
