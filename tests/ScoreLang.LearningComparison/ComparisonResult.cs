using System.Collections.Immutable;

namespace ScoreLang.LearningComparison;

/// <summary>
/// One data set's figures, all on the same folds: the learned integer-point file's held-out AUC per fold, the ML.NET
/// logistic regression's (with its held-out probabilities), the predictive score's when it was measured, and how long
/// loading and learning took.
/// </summary>
internal sealed record ComparisonResult(
    ComparisonDataSet DataSet,
    int Records,
    int Converted,
    long BadRows,
    ImmutableArray<string> Properties,
    ImmutableArray<double> LearnedFoldAucs,
    HeldOut Baseline,
    TimeSpan LoadTime,
    TimeSpan LearnTime,
    int Rules,
    ImmutableArray<string> Warnings)
{
    /// <summary>The tolerance: the learned file may trail the regression by at most this much AUC.</summary>
    public const double Tolerance = 0.01;

    /// <summary>The predictive score on the same folds, or null when it was not measured.</summary>
    public PredictiveFigures? Predictive { get; init; }

    /// <summary>The outcome of each record the figures are computed on (the same order as the held-out probabilities).</summary>
    public ImmutableArray<bool> Labels { get; init; } = [];

    /// <summary>How a stage-transition outcome was derived (who was left out), empty for a bool outcome.</summary>
    public ImmutableArray<string> OutcomeNotes { get; init; } = [];

    public double BaseRate => (double)Converted / Records;

    public double LearnedAuc => LearnedFoldAucs.Average();

    public ImmutableArray<double> BaselineFoldAucs => Baseline.FoldAucs;

    public double BaselineAuc => Baseline.Auc;

    public double Difference => LearnedAuc - BaselineAuc;

    public bool MeetsGoal => LearnedAuc >= BaselineAuc - Tolerance;

    /// <summary>The predictive goal: its held-out AUC at least the regression's (no tolerance).</summary>
    public bool PredictiveMeetsGoal => Predictive is null || Predictive.HeldOut.Auc >= BaselineAuc;

    public CalibrationSummary BaselineCalibration => CalibrationSummary.From(Baseline.Probabilities, Labels);
}

/// <summary>The predictive score's held-out figures, the algorithm each fold's learning chose, and the time all folds took.</summary>
internal sealed record PredictiveFigures(HeldOut HeldOut, ImmutableArray<string> Chosen, TimeSpan Time);
