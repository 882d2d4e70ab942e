using ScoreLang.Runtime.Output;
using Xunit;

namespace ScoreLang.Reports.Tests;

/// <summary>The A1..C3 matrix of a combined score (S24), counted from the tier codes the scorer wrote.</summary>
public sealed class CombinedMatrixTests
{
    private const string Model = """
        record contact {
          title: string
        }

        event visit on contact

        score lead for contact {
          kind combined
          limit 200

          fit group profile limit 100 {
            when title contains "director" +100
          }

          engagement group activity limit 100 {
            event visit +10
          }

          thresholds fit {
            A 50..100
            C 0..49
          }

          thresholds engagement {
            "1" 50..100
            "3" 0..49
          }
        }
        """;

    [Fact]
    public void Aggregate_CombinedScore_FitBandsDownEngagementBandsAcross_S24()
    {
        var program = TestModel.Bind(Model);
        var data = TestModel.Data(program, [.. Enumerable.Range(0, 5).Select(i => TestModel.Contact($"c{i}"))]);
        var output = ScoringOutput.Create(program.Scores, data);
        var columns = output["lead"];
        // Codes: fit band * 2 + engagement band: A1 = 0, A3 = 1, C1 = 2, C3 = 3.
        TestModel.Set(columns, 0, 150, 0, 100, 50);
        TestModel.Set(columns, 1, 100, 1, 100, 0);
        TestModel.Set(columns, 2, 60, 2, 0, 60);
        TestModel.Set(columns, 3, 70, 2, 0, 70);
        (columns.Engagement![0], columns.Fit![0]) = (50, 100);

        var aggregate = new ScoreAggregator(columns, data.RecordsOf("contact")).Aggregate();

        var matrix = aggregate.TierMatrix!;
        Assert.Equal(["A", "C"], matrix.Rows.ToArray());
        Assert.Equal(["1", "3"], matrix.Columns.ToArray());
        Assert.Equal([1L, 1], matrix.Counts[0]);
        Assert.Equal([2L, 0], matrix.Counts[1]);
        Assert.Equal([("A1", 1L), ("A3", 1), ("C1", 2), ("C3", 0)], aggregate.Bands.Select(b => (b.Label, b.Count)));
        Assert.Equal(["lead", "lead (engagement)", "lead (fit)"], aggregate.Distributions.Select(d => d.Name).ToArray());
    }
}
