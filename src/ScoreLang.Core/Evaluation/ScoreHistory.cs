using System.Collections.Immutable;
using ScoreLang.Semantics;

namespace ScoreLang.Evaluation;

/// <summary>
/// A record's value and tier moving from one evaluation to the next (S25): "which records crossed which threshold
/// since the previous run". <see cref="FromTier"/>/<see cref="ToTier"/> are null when the record had no tier or was
/// not scored.
/// </summary>
public sealed record TierChange(
    string ScoreName,
    string RecordId,
    DateTime FromAsOf,
    DateTime ToAsOf,
    double? FromScore,
    double? ToScore,
    string? FromTier,
    string? ToTier);

/// <summary>
/// Evaluation over time (S26, S27): since every evaluation is a full, retroactive evaluation at an as-of date, a
/// score's history is simply the same record evaluated at successive dates, and a band change is a difference in
/// tier between two evaluations.
/// </summary>
public static class ScoreHistory
{
    /// <summary>The record's score at each date, in the order given (a chart on the record, S27).</summary>
    public static ImmutableArray<ScoreResult> Evaluate(
        ReferenceEvaluator evaluator, ScoreSymbol score, RecordData record, IEnumerable<DateTime> dates) =>
        dates.Select(asOf => evaluator.Evaluate(score, record, asOf)).ToImmutableArray();

    /// <summary>
    /// The tier change between two evaluations of the same score and record, or null when the tier is the same
    /// (including "unscored both times"). Labels compare exactly, as declared.
    /// </summary>
    public static TierChange? FindTierChange(ScoreResult previous, ScoreResult current)
    {
        if (!string.Equals(previous.ScoreName, current.ScoreName, StringComparison.Ordinal)
            || !string.Equals(previous.RecordId, current.RecordId, StringComparison.Ordinal))
        {
            throw new ArgumentException("Both results must be of the same score and record.", nameof(current));
        }

        return string.Equals(previous.Tier, current.Tier, StringComparison.Ordinal)
            ? null
            : new TierChange(
                current.ScoreName, current.RecordId, previous.AsOf, current.AsOf,
                previous.Score, current.Score, previous.Tier, current.Tier);
    }

    /// <summary>Every tier change along a history, in date order of the given results.</summary>
    public static ImmutableArray<TierChange> TierChanges(IReadOnlyList<ScoreResult> history)
    {
        var changes = ImmutableArray.CreateBuilder<TierChange>();
        for (var i = 1; i < history.Count; i++)
        {
            if (FindTierChange(history[i - 1], history[i]) is { } change)
            {
                changes.Add(change);
            }
        }

        return changes.ToImmutable();
    }
}
