namespace ScoreLang.Runtime.Comparison;

/// <summary>Which way a record moved between two evaluations of a score.</summary>
public enum TierDirection
{
    /// <summary>The value went up (or the record got a tier it had none of before).</summary>
    Up,

    /// <summary>The value went down (or the record lost its tier).</summary>
    Down,

    /// <summary>The record was not in the earlier evaluation at all.</summary>
    New,

    /// <summary>The tier changed while the value did not (a threshold of the model changed, S26).</summary>
    Moved,
}

/// <summary>
/// A record whose tier differs between two evaluations of the same score (S25: "which records crossed which threshold
/// since the previous run"; S26: the impact of a definition change). A null tier means no tier or not scored (S20).
/// </summary>
public sealed record TierTransition(
    string ScoreName,
    string RecordId,
    double? FromValue,
    string? FromTier,
    double? ToValue,
    string? ToTier,
    TierDirection Direction)
{
    /// <summary>"up"/"down"/"new"/"moved", as written in outputs.</summary>
    public string DirectionText => Direction switch
    {
        TierDirection.Up => "up",
        TierDirection.Down => "down",
        TierDirection.New => "new",
        _ => "moved",
    };

    /// <summary>The direction of a change of tier, from the values when both are known.</summary>
    internal static TierDirection DirectionOf(bool known, double? fromValue, string? fromTier, double? toValue, string? toTier)
    {
        if (!known)
        {
            return TierDirection.New;
        }

        if (fromValue is { } from && toValue is { } to)
        {
            return to > from ? TierDirection.Up : to < from ? TierDirection.Down : TierDirection.Moved;
        }

        return fromTier is null && toTier is not null ? TierDirection.Up : TierDirection.Down;
    }
}
