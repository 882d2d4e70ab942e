using System.Globalization;
using ScoreLang.Data.Tests;
using Xunit;

namespace ScoreLang.Cli.Tests;

/// <summary>
/// The sample fit score for the X Education leads (samples/x-education) run on the real public export in ../shared/data
/// through its manifest, end to end: every lead scored, no bad row, and the tiers in order of real conversion.
/// </summary>
public sealed class PublicDataRunTests
{
    [Fact]
    public void XEducationLeads_FitTiersConvertInOrder_HotAboveWarmAboveCold()
    {
        using var folder = new TemporaryDirectory();
        var leads = SharedData.Find("x-education-lead-scoring/Leads.csv");
        var sample = Path.Combine(CliRunner.RepositoryRoot(), "samples", "x-education");
        var manifest = Path.Combine(sample, "manifest.json");
        if (!File.Exists(Path.GetFullPath(Path.Combine(sample, "../../../shared/data/x-education-lead-scoring/Leads.csv"))))
        {
            // A developer's worktree sits deeper than a clone with ../shared beside it: point the manifest at the data.
            manifest = Path.Combine(folder.Path, "manifest.json");
            File.WriteAllText(manifest, File.ReadAllText(Path.Combine(sample, "manifest.json"))
                .Replace("../../../shared/data/x-education-lead-scoring/Leads.csv", leads.Replace("\\", "/", StringComparison.Ordinal), StringComparison.Ordinal));
        }

        var output = Path.Combine(folder.Path, "leads.csv");
        var result = CliRunner.Run(sample, "run", ".", "--data", manifest, "--as-of", "2024-01-01", "--out", output);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("9240 records, 0 events (0 bad rows)", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("lead_fit (lead): 9240 records, 9240 scored", result.StandardOutput, StringComparison.Ordinal);
        var converted = File.ReadLines(leads).Skip(1).Select(l => l.Split(',')).ToDictionary(c => c[0], c => c[6] == "1", StringComparer.Ordinal);
        var header = File.ReadLines(output).First().Split(',');
        var tier = Array.IndexOf(header, "lead_fit_tier");
        var rates = File.ReadLines(output).Skip(1).Select(l => l.Split(','))
            .GroupBy(c => c[tier], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Average(c => converted[c[0]] ? 1.0 : 0.0), StringComparer.Ordinal);
        Assert.Equal(3, rates.Count);
        Assert.True(rates["hot"] > rates["warm"] && rates["warm"] > rates["cold"], string.Join(", ", rates.Select(r => r.Key + " " + r.Value.ToString("P1", CultureInfo.InvariantCulture))));
        // The overall rate is 38.5% (SOURCE.md): the hot tier must convert well above it, the cold one well below.
        Assert.True(rates["hot"] > 0.8 && rates["cold"] < 0.3, string.Join(", ", rates.Select(r => r.Key + " " + r.Value.ToString("P1", CultureInfo.InvariantCulture))));
    }
}
