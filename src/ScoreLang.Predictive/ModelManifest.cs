using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace ScoreLang.Predictive;

/// <summary>Which ML.NET model family a predictive score uses.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ModelAlgorithm>))]
internal enum ModelAlgorithm
{
    /// <summary>ML.NET's L-BFGS logistic regression on min-max normalised features: its output is a probability already.</summary>
    LogisticRegression,
    /// <summary>ML.NET's FastTree gradient-boosted trees, with a Platt calibrator fitted on their out-of-fold outputs.</summary>
    FastTree,
}

/// <summary>
/// What a model file says about its model (S30), beside the ML.NET model itself: the format version, the record type
/// and outcome it predicts, the inputs and how they are encoded, the algorithm, and the cross-validated figures of every
/// candidate. <c>run</c> refuses a file of another format version or whose inputs no longer fit the schema.
/// </summary>
internal sealed record ModelManifest(
    int Format,
    string RecordType,
    string Outcome,
    ModelAlgorithm Algorithm,
    ImmutableArray<FeatureInput> Inputs,
    int Records,
    int Converted,
    int Seed,
    ImmutableArray<CandidateFigures> Candidates)
{
    /// <summary>The format this build writes and reads; bump it when the file's layout or the encoding changes.</summary>
    public const int CurrentFormat = 1;

    [JsonIgnore]
    public CandidateFigures Chosen => Candidates.First(c => c.Algorithm == Algorithm);
}

/// <summary>One candidate's cross-validated figures: mean held-out AUC and log-loss over the folds, and each fold's AUC.</summary>
internal sealed record CandidateFigures(ModelAlgorithm Algorithm, double Auc, double LogLoss, ImmutableArray<double> FoldAucs);
