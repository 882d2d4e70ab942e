using System.Globalization;
using ScoreLang.Runtime;
using ScoreLang.Runtime.Building;
using ScoreLang.Semantics;
using ScoreLang.Syntax;
using Xunit;

namespace ScoreLang.Learning.Tests;

/// <summary>
/// Under a tight rule budget the learner merges bins whose points are close (the merges that cost the training fit
/// least) before it leaves a property out: regions that convert alike become one <c>in [...]</c> rule, and every
/// property that matters keeps a rule.
/// </summary>
public sealed class RuleBudgetTests
{
    private const string Schema = """
        record lead {
          segment: enum { smb, mid, enterprise }
          region: enum { north, south, east, west, centre, islands }
          competitor: bool
        }
        """;

    [Fact]
    public void TightBudget_MergesAlikeBinsInsteadOfDroppingProperties()
    {
        var (records, outcome, planted) = Generate(count: 4000, seed: 5);

        var wide = ScorecardLearner.Learn(records, outcome, new LearnOptions());
        var tight = ScorecardLearner.Learn(records, outcome, new LearnOptions { RuleBudget = 4 });

        Assert.True(wide.Rules.Length > 4, $"the unconstrained file has {wide.Rules.Length} rules");
        Assert.True(tight.Rules.Length <= 4, string.Join("\n", tight.Rules));
        Assert.Equal(["competitor", "region", "segment"], tight.Rules.Select(r => r.Property).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains(tight.Rules, r => r.Condition is "region in [north, south]" or "region in [south, north]");
        Assert.Contains(tight.Warnings, w => w.Contains("were merged", StringComparison.Ordinal));
        Assert.True(tight.Auc >= RankAuc.Compute(planted, outcome.Values) - 0.02, $"tight {tight.Auc:0.000}, wide {wide.Auc:0.000}");
    }

    [Fact]
    public void MergedBinsOfANumberStayOneRange()
    {
        var low = new CandidateRule("visits", "visits < 2", [true, false, false]) { Range = (null, 2) };
        var middle = new CandidateRule("visits", "visits >= 2 and visits < 5", [false, true, false]) { Range = (2, 5) };

        var merged = RuleBudget.Union(middle, low);

        Assert.Equal("visits < 5", merged.Condition);
        Assert.Equal([true, true, false], merged.Holds);
    }

    /// <summary>Segment mid +10, enterprise +25; region north or south +20 (the other four alike); a competitor (5 %) -30.</summary>
    private static (RecordBatch Records, Outcome Outcome, double[] Planted) Generate(int count, int seed)
    {
        var compilation = Compilation.Create(SyntaxTree.Parse(Schema, "budget.schema"));
        var builder = new ScoringDataBuilder(compilation.Program.Schema);
        var records = builder.Records("lead");
        var ordinal = (string name) => records.RecordType.FindProperty(name)!.Ordinal;
        var random = new Random(seed);
        var (values, planted) = (new bool[count], new double[count]);
        for (var i = 0; i < count; i++)
        {
            var row = records.Add("b" + i.ToString(CultureInfo.InvariantCulture));
            var segment = new[] { "smb", "mid", "enterprise" }[random.Next(3)];
            var region = new[] { "north", "south", "east", "west", "centre", "islands" }[random.Next(6)];
            var competitor = random.NextDouble() < 0.05;
            records.SetValue(row, ordinal("segment"), segment);
            records.SetValue(row, ordinal("region"), region);
            records.SetValue(row, ordinal("competitor"), competitor);
            var score = segment switch { "mid" => 10.0, "enterprise" => 25.0, _ => 0.0 } + (region is "north" or "south" ? 20 : 0) - (competitor ? 30 : 0);
            planted[i] = score;
            values[i] = random.NextDouble() < 1 / (1 + Math.Exp(-(score - 20) / 6));
        }

        return (builder.Build().RecordsOf("lead"), new Outcome("converted", [.. Enumerable.Repeat(true, count)], values), planted);
    }
}
