using System.Collections.Immutable;
using ScoreLang.Runtime;

namespace ScoreLang.Predictive;

/// <summary>
/// How each input moved one record's raw model output (S30: "say how each input contributed"). Starting from the record
/// with every feature 0, the inputs are set to the record's values one at a time, in the model's input order, and each
/// input's contribution is how much the raw output changed; all the steps are scored in one batch. The contributions
/// therefore add up exactly to the raw output minus the all-zero record's output (the baseline). For the logistic
/// regression this is ML.NET's linear feature contribution, weight times normalised value, and the baseline is its bias;
/// for trees it is one exact decomposition, which depends on the input order. (ML.NET's own calculator cannot be used on
/// a FastTree model read back from a file.)
/// </summary>
internal static class ContributionExplainer
{
    public static Explanation Explain(ScoringData data, string recordType, PredictiveModel model, int row, DateTime asOf)
    {
        ArgumentNullException.ThrowIfNull(model);
        var inputs = model.Manifest.Inputs;
        var record = FeatureEncoder.Encode(data, recordType, inputs, [row], asOf)[0];
        var steps = new float[inputs.Length + 1][];
        steps[0] = new float[record.Length];
        var offset = 0;
        for (var k = 0; k < inputs.Length; k++)
        {
            steps[k + 1] = (float[])steps[k].Clone();
            Array.Copy(record, offset, steps[k + 1], offset, inputs[k].Width);
            offset += inputs[k].Width;
        }

        var (raw, probability) = model.Predict(steps);
        var contributions = inputs.Select((input, k) => new InputContribution(input.Label, Describe(input, record, Offset(inputs, k)), (double)raw[k + 1] - raw[k]));
        return new Explanation(raw[0], raw[^1], probability[^1] * 100.0, [.. contributions]);
    }

    private static int Offset(ImmutableArray<FeatureInput> inputs, int k) => inputs.Take(k).Sum(i => i.Width);

    /// <summary>The record's value of an input as the model saw it.</summary>
    private static string Describe(FeatureInput input, float[] record, int offset)
    {
        var slots = record.AsSpan(offset, input.Width);
        return input.Kind switch
        {
            InputKind.Number or InputKind.Date when slots[1] > 0 => "unknown",
            InputKind.Number => Invariant(slots[0]),
            InputKind.Date => $"{Invariant(slots[0])} days ago",
            InputKind.Bool => slots[0] > 0 ? "true" : slots[1] > 0 ? "false" : "unknown",
            InputKind.Category => slots.IndexOf(1f) is var i and >= 0 ? input.Values[i] : "(none of the learned values)",
            _ => slots[2] > 0 ? "none" : $"{Invariant(slots[0])}, last {Invariant(slots[1])} days ago",
        };
    }

    private static string Invariant(float value) => value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>One record's explanation: the baseline and final raw output, the probability (0-100) and each input's part.</summary>
internal sealed record Explanation(double Baseline, double Raw, double Probability, ImmutableArray<InputContribution> Contributions);

/// <summary>An input, the record's value of it, and how much it moved the raw output.</summary>
internal sealed record InputContribution(string Input, string Value, double Contribution);
