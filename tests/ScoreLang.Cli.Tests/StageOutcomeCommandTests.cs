using System.Globalization;
using System.Text;
using ScoreLang.Data.Tests;
using Xunit;

namespace ScoreLang.Cli.Tests;

/// <summary>
/// Stage-transition outcomes ("mql -> won within 90 days") for <c>evaluate</c> and <c>learn</c> (S29): each lead is
/// scored as of the moment it became an MQL, so events and dates after that moment never change a report or a learned
/// file; and the real Olist funnel.
/// </summary>
public sealed class StageOutcomeCommandTests
{
    private const string Schema = """
        record lead {
          source: enum { ads, search }
          demo_at: date
          converted: bool
        }
        event mql on lead
        event won on lead
        event page_viewed on lead
        """;

    private const string Model = """
        import "funnel.schema"

        score engagement for lead {
          kind engagement
          group activity {
            event page_viewed +5
          }
          thresholds {
            high 10..
            low 0..9
          }
        }

        score demo_fit for lead {
          kind fit
          group demo {
            when demo_at is known +20
          }
        }
        """;

    private static readonly string[] Stage = ["--outcome", "mql -> won within 90 days", "--as-of", "2025-06-01"];

    [Fact]
    public void Evaluate_LaterEventsAndDates_NeverChangeTheReport_S29()
    {
        using var folder = new TemporaryDirectory();
        var (before, after) = (Funnel(folder.Path, "before", withLater: false), Funnel(folder.Path, "after", withLater: true));

        var first = CliRunner.Run(folder.Path, ["evaluate", "model.score", "--data", before, .. Stage]);
        var second = CliRunner.Run(folder.Path, ["evaluate", "model.score", "--data", after, .. Stage]);
        // The same leads measured today, without the point in time: the later page views and demos would change it all.
        var leaky = CliRunner.Run(folder.Path, "evaluate", "model.score", "--data", after, "--outcome", "converted", "--as-of", "2025-06-01");

        Assert.True(first.ExitCode == 0 && second.ExitCode == 0, first + "\n" + second);
        Assert.Equal(first.StandardOutput, second.StandardOutput);
        Assert.Contains("engagement against mql -> won within 90 days: AUC", first.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("note: Of 400 lead records, 0 never entered 'mql', 0 were in 'won' before 'mql', and 0 are censored", first.StandardOutput, StringComparison.Ordinal);
        Assert.True(leaky.ExitCode == 0, leaky.ToString());
        Assert.NotEqual(Auc(first.StandardOutput, "engagement"), Auc(leaky.StandardOutput, "engagement"));
        Assert.NotEqual(Auc(first.StandardOutput, "demo_fit"), Auc(leaky.StandardOutput, "demo_fit"));
    }

    [Fact]
    public void Learn_LaterEventsAndDates_NeverChangeTheLearnedFile_S29()
    {
        using var folder = new TemporaryDirectory();
        // Both folders are called 'data', as the learned file's header names the folder it learned from.
        var (before, after) = (Funnel(folder.Path, Path.Combine("before", "data"), withLater: false), Funnel(folder.Path, Path.Combine("after", "data"), withLater: true));
        string[] learn = ["learn", "funnel.schema", "--record-type", "lead", .. Stage, "--exclude", "converted"];

        var first = CliRunner.Run(folder.Path, [.. learn, "--data", before, "--out", "before.score"]);
        var second = CliRunner.Run(folder.Path, [.. learn, "--data", after, "--out", "after.score"]);
        var check = CliRunner.Run(folder.Path, "check", "after.score");
        var test = CliRunner.Run(folder.Path, "test", "after.score");
        var fmt = CliRunner.Run(folder.Path, "fmt", "--check", "after.score");

        Assert.True(first.ExitCode == 0 && second.ExitCode == 0, first + "\n" + second);
        var text = File.ReadAllText(Path.Combine(folder.Path, "after.score"));
        Assert.Equal(File.ReadAllText(Path.Combine(folder.Path, "before.score")), text);
        Assert.Contains("with a known 'mql -> won within 90 days'", text, StringComparison.Ordinal);
        Assert.Contains("scored as of the moment it entered 'mql'", text, StringComparison.Ordinal);
        Assert.True(check.ExitCode == 0 && check.StandardOutput.Contains("0 error(s), 0 warning(s)", StringComparison.Ordinal), check.ToString());
        Assert.True(test.ExitCode == 0 && test.StandardOutput.Contains("0 failed", StringComparison.Ordinal), test.ToString());
        Assert.True(fmt.ExitCode == 0, fmt.ToString());
    }

    [Fact]
    public void BadTransitionOrStage_IsOneClearLine()
    {
        using var folder = new TemporaryDirectory();
        var data = Funnel(folder.Path, "data", withLater: false);

        var syntax = CliRunner.Run(folder.Path, "evaluate", "model.score", "--data", data, "--outcome", "mql -> won in 90 days");
        var stage = CliRunner.Run(folder.Path, "learn", "funnel.schema", "--data", data, "--record-type", "lead", "--outcome", "sql -> won within 90 days", "--out", "x.score");

        Assert.Equal(2, syntax.ExitCode);
        Assert.Contains("write it as 'START -> END within N days'", syntax.StandardError, StringComparison.Ordinal);
        Assert.Equal(2, stage.ExitCode);
        Assert.Contains("Stage 'sql' is neither an event type nor a date property of lead", stage.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stage.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void OlistFunnel_MqlToWonWithin90Days_IsLearnedAndEvaluated()
    {
        using var folder = new TemporaryDirectory();
        var sample = Path.Combine(CliRunner.RepositoryRoot(), "samples", "olist");
        var shared = Path.GetDirectoryName(SharedData.Find("olist-marketing-funnel/SOURCE.md"))!.Replace("\\", "/", StringComparison.Ordinal);
        File.Copy(Path.Combine(sample, "funnel.schema"), Path.Combine(folder.Path, "funnel.schema"));
        File.WriteAllText(Path.Combine(folder.Path, "manifest.json"), File.ReadAllText(Path.Combine(sample, "manifest.json"))
            .Replace("../../../shared/data/olist-marketing-funnel", shared, StringComparison.Ordinal));
        const string Outcome = "mql -> won within 90 days";

        var learn = CliRunner.Run(folder.Path, "learn", "funnel.schema", "--data", "manifest.json", "--record-type", "lead", "--outcome", Outcome, "--out", "learned.score");
        var evaluate = CliRunner.Run(folder.Path, "evaluate", "learned.score", "--data", "manifest.json", "--outcome", "mql -> won within 180 days", "--format", "json");
        var check = CliRunner.Run(folder.Path, "check", "learned.score");

        Assert.True(learn.ExitCode == 0, learn.ToString());
        var text = File.ReadAllText(Path.Combine(folder.Path, "learned.score"));
        // SOURCE.md: one deal was won two days before its lead's first contact; no 90-day frame is open at the data's end.
        Assert.Contains("0 never entered 'mql', 1 were in 'won' before 'mql', and 0 are censored", text, StringComparison.Ordinal);
        Assert.True(check.ExitCode == 0 && check.StandardOutput.Contains("0 error(s), 0 warning(s)", StringComparison.Ordinal), check.ToString());
        Assert.True(evaluate.ExitCode == 0, evaluate.ToString());
        using var json = System.Text.Json.JsonDocument.Parse(evaluate.StandardOutput);
        var report = json.RootElement[0];
        // 180 days after the last first contact (2018-05-31) is past the last won date: the latest leads are censored.
        Assert.Contains(report.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("are censored", StringComparison.Ordinal) && !n.GetString()!.Contains(" 0 are censored", StringComparison.Ordinal));
        Assert.InRange(report.GetProperty("auc").GetDouble(), 0.55, 1.0);
    }

    private static double Auc(string text, string score)
    {
        var line = text.Split('\n').First(l => l.StartsWith(score + " against", StringComparison.Ordinal));
        var at = line.IndexOf("AUC ", StringComparison.Ordinal) + 4;
        return double.Parse(line[at..line.IndexOf(' ', at)], CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// 400 leads whose conversion within 90 days follows their page views before they became MQLs (and their source).
    /// With <paramref name="withLater"/>, the leads that convert also view pages and get a demo after becoming MQLs:
    /// true today, unknown at the moment they are scored.
    /// </summary>
    internal static string Funnel(string root, string name, bool withLater)
    {
        File.WriteAllText(Path.Combine(root, "funnel.schema"), Schema);
        File.WriteAllText(Path.Combine(root, "model.score"), Model);
        var folder = Path.Combine(root, name);
        Directory.CreateDirectory(folder);
        var random = new Random(11);
        var (leads, events) = (new StringBuilder("id,source,demo_at,converted\n"), new StringBuilder("record_id,type,timestamp\n"));
        var start = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        string Day(DateTime d) => d.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        for (var i = 0; i < 400; i++)
        {
            var mql = start.AddDays(30 + (i % 200));
            var views = random.Next(0, 5);
            var search = random.Next(2) == 0;
            var converted = random.NextDouble() < 0.1 + (0.12 * views) + (search ? 0.1 : 0);
            var wonAfter = converted ? random.Next(2, 80) : random.Next(120, 200);
            var won = random.NextDouble() < (converted ? 1 : 0.2);
            DateTime? demo = random.NextDouble() < 0.3 ? mql.AddDays(-random.Next(1, 20)) : null;
            events.Append(CultureInfo.InvariantCulture, $"l{i},mql,{Day(mql)}\n");
            for (var v = 0; v < views; v++)
            {
                events.Append(CultureInfo.InvariantCulture, $"l{i},page_viewed,{Day(mql.AddDays(-random.Next(0, 30)))}\n");
            }

            if (won)
            {
                events.Append(CultureInfo.InvariantCulture, $"l{i},won,{Day(mql.AddDays(wonAfter))}\n");
            }

            if (withLater && converted)
            {
                for (var v = 0; v < 6; v++)
                {
                    events.Append(CultureInfo.InvariantCulture, $"l{i},page_viewed,{Day(mql.AddDays(1).AddHours(v))}\n");
                }

                demo ??= mql.AddDays(1);
            }

            leads.Append(CultureInfo.InvariantCulture, $"l{i},{(search ? "search" : "ads")},{(demo is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "")},{(converted ? "true" : "false")}\n");
        }

        File.WriteAllText(Path.Combine(folder, "lead.csv"), leads.ToString());
        File.WriteAllText(Path.Combine(folder, "events.csv"), events.ToString());
        return folder;
    }
}
