using System.Collections.Immutable;
using ScoreLang.Semantics;

namespace ScoreLang.Runtime.Output;

/// <summary>
/// The values one score wrote for every row of its record type's batch (S22): whether the row is scored (S20: an
/// unscored row's values are empty, not 0, and its columns hold 0 / -1), the score, a combined score's engagement and
/// fit parts, every group's value after its limit and floor (<see cref="Groups"/>[group index in
/// <see cref="ScoreSymbol.Groups"/>], optionally the sum before it in <see cref="GroupRawTotals"/>), and the tier as a code into <see cref="TierLabels"/> (-1: no tier).
/// </summary>
public sealed class ScoreColumns
{
    internal ScoreColumns(ScoreSymbol score, int count, bool withRawTotals)
    {
        Score = score;
        Count = count;
        Scored = new Bitmap(count);
        Values = new double[count];
        if (score.Kind == ScoreKind.Combined)
        {
            Engagement = new double[count];
            Fit = new double[count];
        }

        Groups = new double[score.Groups.Length][];
        for (var g = 0; g < Groups.Length; g++)
        {
            Groups[g] = new double[count];
        }

        if (withRawTotals)
        {
            GroupRawTotals = new double[score.Groups.Length][];
            for (var g = 0; g < GroupRawTotals.Length; g++)
            {
                GroupRawTotals[g] = new double[count];
            }
        }

        Tiers = new int[count];
        Array.Fill(Tiers, -1);
        TierLabels = Output.TierLabels.For(score);
    }

    public ScoreSymbol Score { get; }

    public string Name => Score.Name;

    public string RecordTypeName => Score.RecordTypeName;

    /// <summary>The output property names (S22).</summary>
    public ScoreOutputs OutputNames => Score.Outputs;

    public int Count { get; }

    public Bitmap Scored { get; }

    public double[] Values { get; }

    public double[]? Engagement { get; }

    public double[]? Fit { get; }

    public double[][] Groups { get; }

    /// <summary>Each group's sum of rule points before its limit and floor (S28), when the output was created with them.</summary>
    public double[][]? GroupRawTotals { get; }

    public int[] Tiers { get; }

    public ImmutableArray<string> TierLabels { get; }

    /// <summary>Scored rows that have a tier but no value: a predictive score's "Closed won" records (S30). Null when none.</summary>
    public Bitmap? WithoutValue { get; private set; }

    public bool IsScored(int row) => Scored[row];

    /// <summary>Whether the row is scored and has a value (see <see cref="WithoutValue"/>).</summary>
    public bool HasValue(int row) => Scored[row] && (WithoutValue is null || !WithoutValue[row]);

    public double? ValueOf(int row) => HasValue(row) ? Values[row] : null;

    /// <summary>Marks a scored row as having no value (S30: a record already at the end stage gets no probability).</summary>
    public void ClearValue(int row)
    {
        WithoutValue ??= new Bitmap(Count);
        WithoutValue[row] = true;
        Values[row] = 0;
    }

    public double? EngagementOf(int row) => Scored[row] && Engagement is not null ? Engagement[row] : null;

    public double? FitOf(int row) => Scored[row] && Fit is not null ? Fit[row] : null;

    public double? GroupOf(int row, int group) => Scored[row] ? Groups[group][row] : null;

    public string? TierOf(int row) => Scored[row] && Tiers[row] >= 0 ? TierLabels[Tiers[row]] : null;

    public int GroupIndex(string groupName)
    {
        for (var g = 0; g < Score.Groups.Length; g++)
        {
            if (Score.Groups[g].Name == groupName)
            {
                return g;
            }
        }

        return -1;
    }
}
