using System.Collections.Immutable;

namespace ScoreLang.LearningComparison;

/// <summary>
/// A model measured by cross-validation: the AUC of each held-out fold, and each record's probability from the model
/// that did not see it (<see cref="Probabilities"/>[i] belongs to the i-th record of the comparison's rows), from which
/// the log-loss and the calibration are computed over every record at once.
/// </summary>
internal sealed record HeldOut(ImmutableArray<double> FoldAucs, ImmutableArray<double> Probabilities)
{
    public double Auc => FoldAucs.Average();

    /// <summary>Writes fold <paramref name="fold"/>'s probabilities, in row order, into its records' places.</summary>
    public static void Place(double[] target, int[] folds, int fold, IEnumerable<float> probabilities)
    {
        using var next = probabilities.GetEnumerator();
        for (var i = 0; i < folds.Length; i++)
        {
            if (folds[i] == fold)
            {
                target[i] = next.MoveNext() ? next.Current : throw new InvalidOperationException("A held-out fold has fewer probabilities than records.");
            }
        }

        if (next.MoveNext())
        {
            throw new InvalidOperationException("A held-out fold has more probabilities than records.");
        }
    }
}
