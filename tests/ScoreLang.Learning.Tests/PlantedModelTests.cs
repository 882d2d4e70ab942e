using ScoreLang.Runtime;
using ScoreLang.Runtime.Building;
using ScoreLang.Semantics;
using ScoreLang.Syntax;
using Xunit;

namespace ScoreLang.Learning.Tests;

/// <summary>
/// Issue 10's planted-model recovery: records generated (fixed seed) from a known score with events (points, decay, a
/// negative event) and properties convert with a probability that grows with that score. The learner, which never sees
/// the planted score, must find a file whose held-out AUC is within 0.02 of the planted score's own AUC on the same
/// records (the best achievable) and whose rules name every planted property and event type.
/// </summary>
public sealed class PlantedModelTests
{
    private const string Schema = """
        record lead {
          segment: enum { smb, mid, enterprise }
          employees: number
          country: string
        }
        event demo_requested on lead
        event email_opened on lead
        event unsubscribed on lead
        event page_viewed on lead
        """;

    private static readonly DateTime AsOf = new(2024, 7, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void LearnerRecoversThePlantedScore_WithinTwoHundredthsOfItsAuc_S29()
    {
        var (data, outcome, planted) = Generate(count: 3000, seed: 2024);
        var moments = Enumerable.Repeat(AsOf.Ticks, outcome.Count).ToArray();

        var learned = ScorecardLearner.Learn(data, "lead", outcome, moments, new LearnOptions());

        var best = RankAuc.Compute(planted, outcome.Values);
        Assert.True(learned.Auc >= best - 0.02, $"learned held-out AUC {learned.Auc:0.000}, planted score's AUC {best:0.000}");
        var named = learned.Rules.Select(r => r.Property).ToHashSet(StringComparer.Ordinal);
        Assert.Subset(named, new HashSet<string>(StringComparer.Ordinal) { "segment", "employees", "demo_requested", "email_opened", "unsubscribed" });
        // S9: unsubscribing lowers the chance to convert, and the learned file says so with negative points.
        Assert.Contains(learned.Rules, r => r.Property == "unsubscribed" && r.Points < 0);
        // S17-S19: the planted decay of email opens is recovered as decay (the planted one is 50% every month).
        Assert.Contains(learned.Rules, r => r.Property == "email_opened" && r.Points > 0 && r.Decay is not null);
    }

    [Fact]
    public void TightBudget_MergesBinsAndKeepsTheDecayedRule_S17()
    {
        var (data, outcome, _) = Generate(count: 3000, seed: 2024);
        var moments = Enumerable.Repeat(AsOf.Ticks, outcome.Count).ToArray();

        var learned = ScorecardLearner.Learn(data, "lead", outcome, moments, new LearnOptions { RuleBudget = 8 });

        Assert.True(learned.Rules.Length <= 8, string.Join("\n", learned.Rules));
        Assert.Contains(learned.Rules, r => r.Property == "email_opened" && r.Decay is not null);
    }

    [Fact]
    public void LearnedFileWithDecay_ChecksWithoutWarnings_AndItsTestsPass_S17()
    {
        var (data, outcome, _) = Generate(count: 3000, seed: 2024);
        var moments = Enumerable.Repeat(AsOf.Ticks, outcome.Count).ToArray();
        var learned = ScorecardLearner.Learn(data, "lead", outcome, moments, new LearnOptions());

        var text = ScoreFileWriter.Write(learned, ScoreFileWriter.DefaultName(learned), "planted.schema", "generated", AsOf, new LearnOptions());
        var compilation = Compilation.Create([SyntaxTree.Parse(Schema, "planted.schema"), SyntaxTree.Parse(text, "learned.score")]);

        Assert.Contains("score learned_engagement for lead", text, StringComparison.Ordinal);
        Assert.Contains(" decay ", text, StringComparison.Ordinal);
        Assert.Empty(compilation.Diagnostics);
        var results = new ScoreLang.Evaluation.TestRunner(compilation.Program).RunAll();
        Assert.Equal(2, results.Length);
        Assert.All(results, r => Assert.True(r.Passed, string.Join("\n", r.FailureMessages) + "\n" + text));
    }

    /// <summary>
    /// The planted score: segment mid +10, enterprise +25; 200 employees or more +10; a demo request in the last 30 days
    /// +30; each email open +4 decaying 50% every month (S18); an unsubscribe -25. Page views and the country are noise.
    /// A lead converts with probability logistic((score - 35) / 8).
    /// </summary>
    private static (ScoringData Data, Outcome Outcome, double[] Planted) Generate(int count, int seed)
    {
        var compilation = Compilation.Create(SyntaxTree.Parse(Schema, "planted.schema"));
        var builder = new ScoringDataBuilder(compilation.Program.Schema);
        var records = builder.Records("lead");
        var ordinal = (string name) => records.RecordType.FindProperty(name)!.Ordinal;
        var random = new Random(seed);
        var (values, planted) = (new bool[count], new double[count]);
        for (var i = 0; i < count; i++)
        {
            var id = "p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var row = records.Add(id);
            var segment = new[] { "smb", "mid", "enterprise" }[random.Next(3)];
            var employees = Math.Round(Math.Exp(random.NextDouble() * 7));
            records.SetValue(row, ordinal("segment"), segment);
            records.SetValue(row, ordinal("employees"), employees);
            records.SetValue(row, ordinal("country"), new[] { "NL", "BE", "DE", "FR" }[random.Next(4)]);
            var score = segment switch { "mid" => 10.0, "enterprise" => 25.0, _ => 0.0 } + (employees >= 200 ? 10 : 0);
            if (random.NextDouble() < 0.25)
            {
                var at = AsOf.AddDays(-random.Next(0, 120));
                builder.Events("demo_requested").Add(id, at);
                score += at >= AsOf.AddDays(-30) ? 30 : 0;
            }

            for (var e = random.Next(0, 8); e > 0; e--)
            {
                var at = AsOf.AddDays(-random.Next(0, 100)).AddHours(-random.Next(0, 24));
                builder.Events("email_opened").Add(id, at);
                var months = 0;
                while (at.AddMonths(months + 1) <= AsOf)
                {
                    months++;
                }

                score += 4 * Math.Max(0, 1 - (0.5 * months));
            }

            if (random.NextDouble() < 0.1)
            {
                builder.Events("unsubscribed").Add(id, AsOf.AddDays(-random.Next(1, 200)));
                score -= 25;
            }

            for (var e = random.Next(0, 6); e > 0; e--)
            {
                builder.Events("page_viewed").Add(id, AsOf.AddDays(-random.Next(0, 90)));
            }

            planted[i] = score;
            values[i] = random.NextDouble() < 1 / (1 + Math.Exp(-(score - 35) / 8));
        }

        return (builder.Build(), new Outcome("converted", [.. Enumerable.Repeat(true, count)], values), planted);
    }
}
