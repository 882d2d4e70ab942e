using Microsoft.ML;
using Microsoft.ML.Data;

namespace ScoreLang.Predictive;

/// <summary>
/// A loaded model file (S30): its manifest and the ML.NET model, scoring feature vectors in one batch transform over an
/// <see cref="IDataView"/> (never one prediction engine call per record). The raw output is the model's score (for the
/// regression, the logit); the probability is the calibrated one, 0 to 1.
/// </summary>
internal sealed class PredictiveModel
{
    private readonly MLContext _ml;
    private readonly ITransformer _model;

    private PredictiveModel(ModelManifest manifest, MLContext ml, ITransformer model)
    {
        Manifest = manifest;
        _ml = ml;
        _model = model;
    }

    public ModelManifest Manifest { get; }

    public int Width => FeatureEncoder.Width(Manifest.Inputs);

    /// <summary>Reads a model file's bytes; an <see cref="InvalidDataException"/> says why they are not a usable model.</summary>
    public static PredictiveModel Load(byte[] file)
    {
        var (manifest, bytes) = ModelFile.Read(file);
        var ml = new MLContext(manifest.Seed);
        try
        {
            using var stream = new MemoryStream(bytes);
            return new PredictiveModel(manifest, ml, ml.Model.Load(stream, out _));
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or InvalidDataException or ArgumentException)
        {
            throw new InvalidDataException($"ML.NET cannot read its model ({e.Message})", e);
        }
    }

    /// <summary>The raw output and the calibrated probability (0-1) of every vector, in one batch.</summary>
    public (float[] Raw, float[] Probability) Predict(float[][] vectors)
    {
        if (vectors.Length == 0)
        {
            return ([], []);
        }

        var scored = _model.Transform(FeatureRows.Load(_ml, vectors, Width));
        return (
            [.. scored.GetColumn<float>("Score")],
            [.. scored.GetColumn<float>("Probability")]);
    }
}
