using System.Globalization;
using ScoreLang.Runtime;
using ScoreLang.Runtime.Building;
using ScoreLang.Semantics;
using ScoreLang.Syntax;
using Xunit;

namespace ScoreLang.Learning.Tests;

/// <summary>
/// S9 for learned property rules: a rare property value that lowers the chance to convert (a competitor's employee)
/// gets negative points, and the file's single group lets them subtract from the rest; points stay as good as the
/// regression they come from (the floor at 0 costs no ranking).
/// </summary>
public sealed class NegativePointsTests
{
    private const string Schema = """
        record lead {
          segment: enum { smb, mid, enterprise }
          employees: number
          competitor: bool
          country: string
        }
        """;

    [Fact]
    public void PlantedNegativeProperty_GetsNegativePoints_AndTheAucDoesNotDrop_S9()
    {
        var (records, outcome, planted) = Generate(count: 4000, seed: 99);

        var learned = ScorecardLearner.Learn(records, outcome, new LearnOptions());

        var competitor = Assert.Single(learned.Rules, r => r.Property == "competitor");
        Assert.Equal("competitor", competitor.Condition);
        Assert.True(competitor.Points < 0, $"competitor gets {competitor.Points} points");
        // The other properties' typical values keep their points, so no positive rule is written for non-competitors.
        Assert.DoesNotContain(learned.Rules, r => r.Condition == "competitor == false");
        Assert.True(learned.Auc >= learned.RegressionAuc - 0.003, $"points {learned.Auc:0.0000}, regression {learned.RegressionAuc:0.0000}");
        Assert.True(learned.Auc >= RankAuc.Compute(planted, outcome.Values) - 0.02, $"points {learned.Auc:0.0000}");
    }

    [Fact]
    public void LearnedFileWithNegativePoints_IsOneGroupThatSubtracts_S9_S16()
    {
        var (records, outcome, _) = Generate(count: 4000, seed: 99);
        var learned = ScorecardLearner.Learn(records, outcome, new LearnOptions());

        var text = ScoreFileWriter.Write(learned, ScoreFileWriter.DefaultName(learned), "leads.schema", "generated", new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc), new LearnOptions());

        Assert.Contains("score learned_fit for lead", text, StringComparison.Ordinal);
        Assert.Single(text.Split('\n'), line => line.TrimStart().StartsWith("group ", StringComparison.Ordinal));
        Assert.Contains(text.Split('\n'), line => line.Trim().StartsWith("when competitor -", StringComparison.Ordinal));
    }

    /// <summary>Segment mid +10, enterprise +25; 200 employees or more +10; a competitor (5 %) -30; country is noise.</summary>
    private static (RecordBatch Records, Outcome Outcome, double[] Planted) Generate(int count, int seed)
    {
        var compilation = Compilation.Create(SyntaxTree.Parse(Schema, "negative.schema"));
        var builder = new ScoringDataBuilder(compilation.Program.Schema);
        var records = builder.Records("lead");
        var ordinal = (string name) => records.RecordType.FindProperty(name)!.Ordinal;
        var random = new Random(seed);
        var (values, planted) = (new bool[count], new double[count]);
        for (var i = 0; i < count; i++)
        {
            var row = records.Add("n" + i.ToString(CultureInfo.InvariantCulture));
            var segment = new[] { "smb", "mid", "enterprise" }[random.Next(3)];
            var employees = Math.Round(Math.Exp(random.NextDouble() * 7));
            var competitor = random.NextDouble() < 0.05;
            records.SetValue(row, ordinal("segment"), segment);
            records.SetValue(row, ordinal("employees"), employees);
            records.SetValue(row, ordinal("competitor"), competitor);
            records.SetValue(row, ordinal("country"), new[] { "NL", "BE", "DE", "FR" }[random.Next(4)]);
            var score = segment switch { "mid" => 10.0, "enterprise" => 25.0, _ => 0.0 } + (employees >= 200 ? 10 : 0) - (competitor ? 30 : 0);
            planted[i] = score;
            values[i] = random.NextDouble() < 1 / (1 + Math.Exp(-(score - 15) / 6));
        }

        return (builder.Build().RecordsOf("lead"), new Outcome("converted", [.. Enumerable.Repeat(true, count)], values), planted);
    }
}
