using System.Collections.Immutable;

namespace ScoreLang.LearningComparison;

/// <summary>
/// One data set's figures, all on the same folds: the learned integer-point file's held-out AUC per fold, the ML.NET
/// logistic regression's, and how long loading and learning took.
/// </summary>
internal sealed record ComparisonResult(
    ComparisonDataSet DataSet,
    int Records,
    int Converted,
    long BadRows,
    ImmutableArray<string> Properties,
    ImmutableArray<double> LearnedFoldAucs,
    ImmutableArray<double> BaselineFoldAucs,
    TimeSpan LoadTime,
    TimeSpan LearnTime,
    int Rules,
    ImmutableArray<string> Warnings)
{
    /// <summary>The tolerance: the learned file may trail the regression by at most this much AUC.</summary>
    public const double Tolerance = 0.01;

    public double BaseRate => (double)Converted / Records;

    public double LearnedAuc => LearnedFoldAucs.Average();

    public double BaselineAuc => BaselineFoldAucs.Average();

    public double Difference => LearnedAuc - BaselineAuc;

    public bool MeetsGoal => LearnedAuc >= BaselineAuc - Tolerance;
}
