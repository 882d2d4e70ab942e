namespace ScoreLang.Learning;

/// <summary>How <see cref="ScorecardLearner"/> learns (<c>scorelang learn</c>); the defaults are the documented ones.</summary>
public sealed record LearnOptions
{
    /// <summary>Fewer records than this is an error: the figures would mean nothing.</summary>
    public const int MinimumRecords = 200;

    /// <summary>Fewer conversions (or non-conversions) than this is an error.</summary>
    public const int MinimumConversions = 30;

    public int Seed { get; init; } = 42;

    public int Folds { get; init; } = 5;

    /// <summary>The most rules the learned file may have, so that a person can read it.</summary>
    public int RuleBudget { get; init; } = 40;

    public int Limit { get; init; } = 100;

    /// <summary>Properties left out on request (<c>--exclude</c>), besides the outcome itself.</summary>
    public IReadOnlySet<string> Exclude { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>A property whose bins alone reach this AUC is taken for a leak and left out, with a warning.</summary>
    public double LeakAuc { get; init; } = 0.95;
}
