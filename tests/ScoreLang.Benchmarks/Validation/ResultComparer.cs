using System.Globalization;
using System.Text;
using ScoreLang.Runtime.Output;

namespace ScoreLang.Benchmarks.Validation;

/// <summary>
/// Compares two contenders' outputs contact by contact: scored or not (S20), the score, every group value and the tier.
/// Values must be equal, or within a tolerance for a contender that sums continuous decay factors in another order.
/// </summary>
internal static class ResultComparer
{
    /// <summary>A description of the first differences (at most five), or null when the outputs agree on every row.</summary>
    public static string? Compare(ScoringOutput expected, ScoringOutput actual, IReadOnlyList<int>? rows, double tolerance, out int compared)
    {
        var report = new StringBuilder();
        var differences = 0;
        compared = 0;
        foreach (var want in expected.Scores)
        {
            var got = actual[want.Name];
            foreach (var row in rows ?? Enumerable.Range(0, want.Count).ToArray())
            {
                compared++;
                var problem = CompareRow(want, got, row, tolerance);
                if (problem is not null && differences++ < 5)
                {
                    report.Append(CultureInfo.InvariantCulture, $"\n  {want.Name}, contact row {row}: {problem}");
                }
            }
        }

        return differences == 0 ? null : string.Create(CultureInfo.InvariantCulture, $"{differences} difference(s):{report}");
    }

    private static string? CompareRow(ScoreColumns want, ScoreColumns got, int row, double tolerance)
    {
        if (want.Scored[row] != got.Scored[row])
        {
            return $"scored {want.Scored[row]} but got {got.Scored[row]}";
        }

        if (!want.Scored[row])
        {
            return null;
        }

        if (!Same(want.Values[row], got.Values[row], tolerance))
        {
            return string.Create(CultureInfo.InvariantCulture, $"score {want.Values[row]:R} but got {got.Values[row]:R}");
        }

        for (var g = 0; g < want.Groups.Length; g++)
        {
            if (!Same(want.Groups[g][row], got.Groups[g][row], tolerance))
            {
                return string.Create(CultureInfo.InvariantCulture, $"group {want.Score.Groups[g].Name} {want.Groups[g][row]:R} but got {got.Groups[g][row]:R}");
            }
        }

        return want.Tiers[row] == got.Tiers[row] ? null : $"tier {want.TierOf(row)} but got {got.TierOf(row)}";
    }

    private static bool Same(double want, double got, double tolerance) =>
        tolerance == 0 ? want.Equals(got) : Math.Abs(want - got) <= tolerance;
}
