using System.Collections.Immutable;
using ScoreLang.Semantics;

namespace ScoreLang.Evaluation;

/// <summary>One score property written on a record: its name (as the score's <c>output</c> names it) and its value.</summary>
public sealed record OutputValue(string Property, object? Value);

/// <summary>
/// The properties a score writes on a record (S22): the score and its tier, plus the engagement and fit values of a
/// combined score (S7). A record that is not scored gets every property empty (null), never 0 (S20).
/// </summary>
public static class ScoreOutputValues
{
    public static ImmutableArray<OutputValue> For(ScoreSymbol score, ScoreResult result)
    {
        var outputs = score.Outputs;
        var values = ImmutableArray.CreateBuilder<OutputValue>();
        values.Add(new OutputValue(outputs.Score, result.Score));
        if (outputs.Engagement is not null)
        {
            values.Add(new OutputValue(outputs.Engagement, result.Engagement));
        }

        if (outputs.Fit is not null)
        {
            values.Add(new OutputValue(outputs.Fit, result.Fit));
        }

        // The tier is written whenever the score declares thresholds (S23), even when the value falls in no band.
        if (!score.Thresholds.IsEmpty)
        {
            values.Add(new OutputValue(outputs.Tier, result.Tier));
        }

        return values.ToImmutable();
    }
}
