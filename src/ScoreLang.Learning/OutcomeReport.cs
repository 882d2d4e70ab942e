using System.Collections.Immutable;

namespace ScoreLang.Learning;

/// <summary>
/// How well one score predicts an outcome: the AUC over the scored records with a known outcome, the conversion rate
/// and lift per threshold band (in band order, highest first) and per quartile of the score, the unscored records
/// (S20) apart, and warnings such as bands out of order.
/// </summary>
public sealed record OutcomeReport(
    string ScoreName,
    string OutcomeName,
    long Records,
    long Evaluated,
    long Converted,
    long UnknownOutcome,
    double Auc,
    ImmutableArray<OutcomeGroup> Bands,
    ImmutableArray<OutcomeGroup> Quartiles,
    OutcomeGroup? Unscored,
    ImmutableArray<string> Warnings)
{
    /// <summary>How the outcome was derived and which records it left out (a stage transition's exclusions).</summary>
    public ImmutableArray<string> Notes { get; init; } = [];

    /// <summary>The conversion rate of the evaluated records.</summary>
    public double Rate => Evaluated == 0 ? double.NaN : (double)Converted / Evaluated;
}

/// <summary>
/// Records of one band or quartile: how many, how many converted, the rate, and the lift (the rate over the overall
/// rate of the evaluated records). <paramref name="From"/>/<paramref name="To"/> are the lowest and highest score in it.
/// </summary>
public sealed record OutcomeGroup(string Label, long Records, long Converted, double From, double To, double OverallRate)
{
    public double Rate => Records == 0 ? double.NaN : (double)Converted / Records;

    public double Lift => Records == 0 || OverallRate == 0 ? double.NaN : Rate / OverallRate;
}
