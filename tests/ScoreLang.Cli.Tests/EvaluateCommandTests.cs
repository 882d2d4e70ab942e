using System.Globalization;
using ScoreLang.Data.Tests;
using Xunit;

namespace ScoreLang.Cli.Tests;

/// <summary><c>scorelang evaluate</c> through the real process: a hand-computed case and the real X Education leads.</summary>
public sealed class EvaluateCommandTests
{
    private const string Model = """
        record lead {
          visits: number
          converted: bool
        }

        score lead_fit for lead {
          kind fit
          group activity {
            when visits >= 5 +60
          }
          thresholds {
            hot 50..100
            cold 0..49
          }
        }
        """;

    [Fact]
    public void TinyCase_AucRatesAndLiftsAreTheHandComputedOnes()
    {
        using var folder = new TemporaryDirectory();
        File.WriteAllText(Path.Combine(folder.Path, "model.score"), Model);
        Directory.CreateDirectory(Path.Combine(folder.Path, "data"));
        // hot (60): a, b, c, d, 3 of 4 converted; cold (0): e, f, g, h, 1 of 4; i has no known outcome.
        File.WriteAllText(Path.Combine(folder.Path, "data", "lead.csv"), "id,visits,converted\na,10,true\nb,8,true\nc,6,false\nd,7,true\ne,1,true\nf,2,false\ng,0,false\nh,3,false\ni,,\n");

        var result = CliRunner.Run(folder.Path, "evaluate", "model.score", "--data", "data", "--outcome", "converted", "--as-of", "2024-01-01");

        Assert.True(result.ExitCode == 0, result.ToString());
        var text = result.StandardOutput;
        // 16 positive/negative pairs: 3 ties at 60 (1.5), 9 wins, 3 ties at 0 (1.5): 12 / 16.
        Assert.Contains("lead_fit against converted: AUC 0.750 over 8 scored records, 4 converted (50.0 %); 1 with an unknown outcome left out", text, StringComparison.Ordinal);
        Assert.Matches(@"hot\s+60\.\.60\s+4\s+3\s+75\.0 %\s+1\.50", text);
        Assert.Matches(@"cold\s+0\.\.0\s+4\s+1\s+25\.0 %\s+0\.50", text);
        Assert.Contains("warning: Only 8 records with 4 conversions", text, StringComparison.Ordinal);
        // Tied scores stay in one quartile: Q1 takes all four 0s and Q3 all four 60s; Q2 and Q4 are left empty.
        Assert.Matches(@"Q3\s+60\.\.60\s+4\s+3", text);
        Assert.Matches(@"Q1\s+0\.\.0\s+4\s+1", text);
        Assert.DoesNotContain("Q4", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Q2", text, StringComparison.Ordinal);
    }

    [Fact]
    public void HigherBandConvertingLess_IsWarnedAbout()
    {
        using var folder = new TemporaryDirectory();
        File.WriteAllText(Path.Combine(folder.Path, "model.score"), Model);
        Directory.CreateDirectory(Path.Combine(folder.Path, "data"));
        var rows = Enumerable.Range(0, 80).Select(i => string.Create(CultureInfo.InvariantCulture, $"r{i},{(i < 40 ? 9 : 1)},{(i < 40 ? i % 4 == 0 : i % 2 == 0)}"));
        File.WriteAllLines(Path.Combine(folder.Path, "data", "lead.csv"), ["id,visits,converted", .. rows]);

        var result = CliRunner.Run(folder.Path, "evaluate", "model.score", "--data", "data", "--outcome", "converted");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Bands out of order: 'hot' converts less (25.0 % of 40) than 'cold' below it (50.0 % of 40)", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void OutcomeThatIsNotAProperty_IsOneClearLine()
    {
        using var folder = new TemporaryDirectory();
        File.WriteAllText(Path.Combine(folder.Path, "model.score"), Model);
        Directory.CreateDirectory(Path.Combine(folder.Path, "data"));
        File.WriteAllText(Path.Combine(folder.Path, "data", "lead.csv"), "id,visits,converted\na,1,true\n");

        var result = CliRunner.Run(folder.Path, "evaluate", "model.score", "--data", "data", "--outcome", "won");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("No scored record type has a property 'won'", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void XEducationLeads_SampleFitScore_RanksConversionWell()
    {
        using var folder = new TemporaryDirectory();
        var leads = SharedData.Find("x-education-lead-scoring/Leads.csv");
        var sample = Path.Combine(CliRunner.RepositoryRoot(), "samples", "x-education");
        var manifest = Path.Combine(folder.Path, "manifest.json");
        File.WriteAllText(manifest, File.ReadAllText(Path.Combine(sample, "manifest.json"))
            .Replace("../../../shared/data/x-education-lead-scoring/Leads.csv", leads.Replace("\\", "/", StringComparison.Ordinal), StringComparison.Ordinal));

        var result = CliRunner.Run(sample, "evaluate", ".", "--data", manifest, "--outcome", "converted", "--as-of", "2024-01-01", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = System.Text.Json.JsonDocument.Parse(result.StandardOutput);
        var report = json.RootElement[0];
        Assert.Equal(9240, report.GetProperty("evaluated").GetInt32());
        Assert.Equal(3561, report.GetProperty("converted").GetInt32()); // SOURCE.md: 3561 converted
        Assert.InRange(report.GetProperty("auc").GetDouble(), 0.80, 1.0);
        Assert.Equal(0, report.GetProperty("warnings").GetArrayLength());
    }
}
