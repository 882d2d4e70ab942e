using CsCheck;
using Xunit;

namespace ScoreLang.Learning.Tests;

/// <summary>The rank AUC against hand-computed cases and against its definition (every positive/negative pair).</summary>
public sealed class RankAucTests
{
    [Fact]
    public void PerfectRanking_IsOne_AndReversedIsZero()
    {
        Assert.Equal(1.0, RankAuc.Compute([1, 2, 3, 4], [false, false, true, true]));
        Assert.Equal(0.0, RankAuc.Compute([4, 3, 2, 1], [false, false, true, true]));
    }

    [Fact]
    public void HandComputedCaseWithTies()
    {
        // Positives 3 and 2, negatives 2 and 1: pairs (3>2) 1, (3>1) 1, (2=2) 0.5, (2>1) 1 -> 3.5 of 4.
        Assert.Equal(0.875, RankAuc.Compute([3, 2, 2, 1], [true, true, false, false]));
    }

    [Fact]
    public void OneClassOnly_IsNaN()
    {
        Assert.True(double.IsNaN(RankAuc.Compute([1, 2], [true, true])));
    }

    [Fact]
    public void EqualsThePairwiseDefinition_ForAnyScoresAndOutcomes()
    {
        Gen.Select(Gen.Int[0, 6].Array[2, 40], Gen.Bool.Array[40]).Sample((scores, flags) =>
        {
            var values = scores.Select(s => (double)s).ToArray();
            var positive = flags[..values.Length];
            double wins = 0, pairs = 0;
            for (var i = 0; i < values.Length; i++)
            {
                for (var j = 0; j < values.Length; j++)
                {
                    if (positive[i] && !positive[j])
                    {
                        pairs++;
                        wins += values[i] > values[j] ? 1 : values[i] == values[j] ? 0.5 : 0;
                    }
                }
            }

            var expected = pairs == 0 ? double.NaN : wins / pairs;
            var actual = RankAuc.Compute(values, positive);
            return double.IsNaN(expected) ? double.IsNaN(actual) : Math.Abs(expected - actual) < 1e-12;
        });
    }
}
