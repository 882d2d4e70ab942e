using Microsoft.ML;
using Microsoft.ML.Data;

namespace ScoreLang.Predictive;

/// <summary>
/// The probabilities of the gradient-boosted trees (S30), from a Platt calibrator (a logistic curve of the raw output)
/// fitted on out-of-fold raw outputs: each record's output from the cross-validation model that was not trained on it.
/// ML.NET's FastTree fits its own Platt calibrator on the very records its trees were grown on, where the trees' outputs
/// are more extreme than on new records, so its probabilities are too sure of themselves; out-of-fold outputs behave
/// like the outputs of new records. The curve is increasing, so the ranking (and the AUC) is the raw output's.
/// </summary>
internal static class OutOfFoldCalibration
{
    /// <summary>A Platt calibrator fitted on <paramref name="raw"/> outputs and what happened (same index).</summary>
    public static ITransformer Fit(MLContext ml, float[] raw, bool[] labels)
    {
        ArgumentNullException.ThrowIfNull(ml);
        return ml.BinaryClassification.Calibrators.Platt(nameof(ScoreRow.Label), nameof(ScoreRow.Score)).Fit(ScoreRow.Load(ml, raw, labels));
    }

    /// <summary>
    /// Each record's probability from a calibrator fitted on the other folds' out-of-fold outputs only (fold per record in
    /// <paramref name="folds"/>): how the cross-validation measures the calibrated model's log-loss without the held-out
    /// fold's outcomes reaching the calibrator that scores it.
    /// </summary>
    public static float[] CrossFitted(float[] outOfFold, bool[] labels, int[] folds, int seed)
    {
        ArgumentNullException.ThrowIfNull(outOfFold);
        ArgumentNullException.ThrowIfNull(folds);
        var probabilities = new float[outOfFold.Length];
        foreach (var fold in folds.Distinct().Order())
        {
            var train = Enumerable.Range(0, folds.Length).Where(i => folds[i] != fold).ToArray();
            var test = Enumerable.Range(0, folds.Length).Where(i => folds[i] == fold).ToArray();
            var ml = new MLContext(seed);
            var calibrator = Fit(ml, [.. train.Select(i => outOfFold[i])], [.. train.Select(i => labels[i])]);
            var scored = calibrator.Transform(ScoreRow.Load(ml, [.. test.Select(i => outOfFold[i])], [.. test.Select(i => labels[i])]));
            var fitted = scored.GetColumn<float>(ScoreRow.Probability).ToArray();
            for (var k = 0; k < test.Length; k++)
            {
                probabilities[test[k]] = fitted[k];
            }
        }

        return probabilities;
    }
}

/// <summary>One raw output and its outcome, for ML.NET's calibrator. Public because ML.NET reads its properties through generated code.</summary>
public sealed class ScoreRow
{
    internal const string Probability = "Probability";

    // ML.NET's calibrator refuses a Score column at index 0, so the label comes first.
    public bool Label { get; set; }

    public float Score { get; set; }

    internal static IDataView Load(MLContext ml, float[] raw, bool[] labels) =>
        ml.Data.LoadFromEnumerable(raw.Select((s, i) => new ScoreRow { Label = labels[i], Score = s }));
}
