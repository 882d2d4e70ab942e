using CsCheck;
using ScoreLang.Semantics;
using ScoreLang.Sql.Generation;
using ScoreLang.Sql.Tests.Support;
using Xunit;
using static ScoreLang.Sql.Tests.Support.Models;

namespace ScoreLang.Sql.Tests;

/// <summary>
/// The argument behind plain SUM (OrderFreeSum): when every value an event can add is a short binary fraction, every
/// order and every grouping of the additions gives the sum the .NET engine adds up in time order (S17), to the bit;
/// other values keep the ordered sum, because for them the order does change the last bits.
/// </summary>
public sealed class OrderFreeSumTests
{
    [Fact]
    public void StepValues_OfWholeAndHalfPoints_AddUpTheSameInAnyOrderAndGrouping_S17_S18()
    {
        var cases =
            from points in Gen.OneOfConst(-20.0, -5, 1, 2.5, 3, 10, 40, 1000, 0.75)
            from percent in Gen.OneOfConst(50.0, 25, 100, 12.5, 150)
            from picks in Gen.Int[0, 100].Array[1, 3000]
            from seed in Gen.Int
            select (Values: StepValues(points, percent), picks, seed);
        cases.Sample(
            c =>
            {
                Assert.True(OrderFreeSum.Holds(c.Values));
                var inTimeOrder = c.picks.Select(i => c.Values[i % c.Values.Length]).ToArray();
                var shuffled = inTimeOrder.OrderBy(_ => Random.Shared.Next()).ToArray();
                var expected = Bits(Sequential(inTimeOrder));
                Assert.Equal(expected, Bits(Sequential(shuffled)));
                Assert.Equal(expected, Bits(Pairwise(shuffled)));
                Assert.Equal(expected, Bits(Sequential(shuffled.Where((_, i) => i % 2 == 0)) + Sequential(shuffled.Where((_, i) => i % 2 == 1))));
            },
            iter: 300);
    }

    [Fact]
    public void Tenths_AddUpDifferentlyInAnotherGrouping_SoTheyKeepTheOrderedSum_S17()
    {
        var tenths = Enumerable.Repeat(0.1, 10).ToArray();

        // One after the other as the .NET engine adds them, and as two threads' partial sums combined.
        Assert.NotEqual(Bits(Sequential(tenths)), Bits(Sequential(tenths[..5]) + Sequential(tenths[5..])));
        Assert.False(OrderFreeSum.Holds([0.1]));
    }

    [Theory]
    [InlineData(new[] { 10.0, 5, 0 }, true)]
    [InlineData(new[] { 7.5, 5, 2.5, 0 }, true)]
    [InlineData(new[] { -3.0, -1.5, 0 }, true)]
    [InlineData(new[] { 2_000_000.0 }, true)]
    [InlineData(new[] { 3_000_000.0 }, false)]
    [InlineData(new[] { 3.0, 2.7, 2.4 }, false)]
    [InlineData(new[] { 1e-30 }, false)]
    [InlineData(new[] { double.NaN }, false)]
    public void OrderFreeSum_HoldsOnlyForShortBinaryFractionsOfBoundedSize_S17(double[] values, bool holds) =>
        Assert.Equal(holds, OrderFreeSum.Holds(values));

    [Fact]
    public void GeneratedSql_SumsStepsPlainly_AndContinuousDecayInTimeOrder_S17_S18()
    {
        var score = Score("s", ScoreKind.Engagement, null, [Group("g", null,
            Event(TestSchema.Visit, 2.5, decay: Stepped(50, 1, DurationUnit.Month)),
            Event(TestSchema.Visit, 3, decay: Stepped(10, 1, DurationUnit.Month)),
            Event(TestSchema.Visit, 1, decay: HalfLife(2, DurationUnit.Week)),
            Event(TestSchema.Form, 0.1),
            Event(TestSchema.Form, 4))]);

        var sql = SqlGenerator.Generate(Program(score), SqlDialect.PostgreSql).Queries.Single().Sql;

        string Aggregate(string rule) => sql.Split('\n').Single(l => l.TrimStart().StartsWith("SUM(", StringComparison.Ordinal)
            && (l.EndsWith($" AS {rule},", StringComparison.Ordinal) || l.EndsWith($" AS {rule}", StringComparison.Ordinal)));
        Assert.DoesNotContain("ORDER BY", Aggregate("g1_r1"), StringComparison.Ordinal);
        Assert.Contains("ORDER BY", Aggregate("g1_r2"), StringComparison.Ordinal);
        Assert.Contains("ORDER BY", Aggregate("g1_r3"), StringComparison.Ordinal);
        Assert.Contains("ORDER BY", Aggregate("g1_r4"), StringComparison.Ordinal);
        Assert.DoesNotContain("ORDER BY", Aggregate("g1_r5"), StringComparison.Ordinal);
        Assert.Contains("p.m1_last", Aggregate("g1_r1"), StringComparison.Ordinal);

        // The ordered sums have a step of their own, over only the events they match: the others are never sorted.
        Assert.Contains("ordered_event_rules AS (", sql, StringComparison.Ordinal);
        Assert.Contains("    WHERE (e.\"type\" = 'visit') OR (e.\"type\" = 'visit') OR (e.\"type\" = 'form')", sql, StringComparison.Ordinal);
    }

    /// <summary>points × max(0, 1 - p·k) for every level k, as DecayCalculator and the generated SQL compute them.</summary>
    private static double[] StepValues(double points, double percent)
    {
        var rate = percent / 100.0;
        var cap = (int)Math.Ceiling(1.0 / rate);
        return [.. Enumerable.Range(0, cap + 1).Select(k => points * Math.Max(0.0, 1.0 - (rate * k)))];
    }

    private static double Sequential(IEnumerable<double> values)
    {
        var sum = 0.0;
        foreach (var value in values)
        {
            sum += value;
        }

        return sum;
    }

    private static double Pairwise(ReadOnlySpan<double> values) => values.Length switch
    {
        0 => 0.0,
        1 => values[0],
        _ => Pairwise(values[..(values.Length / 2)]) + Pairwise(values[(values.Length / 2)..]),
    };

    private static long Bits(double value) => BitConverter.DoubleToInt64Bits(value + 0.0);
}
