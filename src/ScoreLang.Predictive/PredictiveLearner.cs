using ScoreLang.Runtime;

namespace ScoreLang.Predictive;

/// <summary>
/// The whole of <c>scorelang learn --predictive</c> after the data is loaded (S30), in one place so that the learning
/// comparison (tests/ScoreLang.LearningComparison) trains exactly what the command trains: the inputs are chosen from the
/// training records only (medians, frequent texts), every record is encoded as of its own moment, the candidates are
/// compared by cross-validation on those records only, and the winner is trained again on all of them.
/// </summary>
internal static class PredictiveLearner
{
    /// <summary>The cross-validation folds of the choice between the candidates, as <c>scorelang learn</c> uses them.</summary>
    public const int Folds = 5;

    /// <summary>
    /// A model of <paramref name="outcome"/> learned from the records at <paramref name="rows"/> (their outcome in
    /// <paramref name="labels"/>, same index), each as of <paramref name="moments"/>[row] (UTC ticks per record row); null
    /// when no property or event type is left to learn from.
    /// </summary>
    public static LearnedModel? Learn(
        ScoringData data, string recordType, string outcome, int[] rows, bool[] labels, long[] moments, IReadOnlySet<string> leftOut, int seed)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(labels);
        var inputs = FeatureEncoder.ChooseInputs(data, recordType, leftOut, rows, moments);
        if (inputs.IsEmpty)
        {
            return null;
        }

        var vectors = FeatureEncoder.Encode(data, recordType, inputs, rows, moments);
        var (algorithm, candidates, mlnet) = PredictiveTrainer.Train(vectors, labels, FeatureEncoder.Width(inputs), Folds, seed);
        var manifest = new ModelManifest(ModelManifest.CurrentFormat, recordType, outcome, algorithm, inputs, rows.Length, labels.Count(l => l), seed, candidates);
        return new LearnedModel(manifest, ModelFile.Create(manifest, mlnet));
    }

    /// <summary>
    /// The raw output and calibrated probability (0-1) of each record at <paramref name="rows"/>, each as of its own
    /// moment, from the model file as <c>run</c> loads it: how the comparison measures a model on records it was not
    /// learned from.
    /// </summary>
    public static (float[] Raw, float[] Probability) Predict(LearnedModel learned, ScoringData data, string recordType, int[] rows, long[] moments)
    {
        ArgumentNullException.ThrowIfNull(learned);
        var model = PredictiveModel.Load(learned.File);
        return model.Predict(FeatureEncoder.Encode(data, recordType, model.Manifest.Inputs, rows, moments));
    }
}

/// <summary>A learned model: its manifest and the bytes of its model file (<see cref="ModelFile"/>).</summary>
internal sealed record LearnedModel(ModelManifest Manifest, byte[] File);
