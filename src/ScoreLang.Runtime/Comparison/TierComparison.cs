using ScoreLang.Runtime.Output;

namespace ScoreLang.Runtime.Comparison;

/// <summary>
/// Compares two evaluations of one score over the same records: every record whose tier changed, and the band matrix
/// (earlier tier by later tier, S26). The earlier side is given as a lookup, so it can be another run in memory
/// (<c>scorelang diff</c>) or an earlier output file (<c>run --previous</c>, S25).
/// <para>
/// The HTML report counts the same crossings with ScoreLang.Reports' <c>CrossingCounter</c>, which is bounded (it keeps
/// only the largest moves) and tells "not scored" from "no tier"; this one keeps every changed record, since they are all
/// written out. See that class for why the two are not one.
/// </para>
/// </summary>
public static class TierComparison
{
    /// <summary>Label used in a <see cref="BandMatrix"/> for "no tier" (unscored, S20, or below every band).</summary>
    public const string NoTier = "(none)";

    /// <summary>An earlier value and tier of a record; <c>Known</c> is false when the record was not there at all.</summary>
    public readonly record struct Earlier(bool Known, double? Value, string? Tier);

    /// <summary>Compares <paramref name="current"/> with what <paramref name="earlier"/> says of each of its records.</summary>
    public static TierComparisonResult Compare(ScoreColumns current, string[] recordIds, Func<string, int, Earlier> earlier)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(recordIds);
        ArgumentNullException.ThrowIfNull(earlier);
        var transitions = new List<TierTransition>();
        var matrix = new BandMatrix(current.TierLabels);
        for (var row = 0; row < current.Count; row++)
        {
            var before = earlier(recordIds[row], row);
            var value = current.ValueOf(row);
            var tier = current.TierOf(row);
            matrix.Add(before.Known ? before.Tier ?? NoTier : null, tier ?? NoTier);
            if (before.Known && string.Equals(before.Tier, tier, StringComparison.Ordinal))
            {
                continue;
            }

            if (!before.Known && tier is null)
            {
                continue;
            }

            var direction = TierTransition.DirectionOf(before.Known, before.Value, before.Tier, value, tier);
            transitions.Add(new TierTransition(current.Name, recordIds[row], before.Value, before.Tier, value, tier, direction));
        }

        return new TierComparisonResult(current.Name, current.Count, transitions, matrix);
    }

    /// <summary>Compares two in-memory evaluations of the same records (e.g. two versions of a model, S26).</summary>
    public static TierComparisonResult Compare(ScoreColumns before, ScoreColumns after, string[] recordIds)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        if (before.Count != after.Count)
        {
            throw new ArgumentException("Both evaluations must cover the same records.", nameof(after));
        }

        return Compare(after, recordIds, (_, row) => new Earlier(true, before.ValueOf(row), before.TierOf(row)));
    }
}

/// <summary>The result of <see cref="TierComparison"/>: the changed records, in record order, and the band matrix.</summary>
public sealed record TierComparisonResult(string ScoreName, int RecordCount, IReadOnlyList<TierTransition> Transitions, BandMatrix Matrix)
{
    public int CountOf(TierDirection direction) => Transitions.Count(t => t.Direction == direction);
}
