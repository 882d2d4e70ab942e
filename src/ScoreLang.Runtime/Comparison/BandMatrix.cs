using System.Collections.Immutable;

namespace ScoreLang.Runtime.Comparison;

/// <summary>
/// How many records went from each earlier tier to each later tier (S26's "how many records change band"). Rows and
/// columns are the score's tier labels in declaration order, then <see cref="TierComparison.NoTier"/>; labels only the
/// earlier side knew (a band renamed or removed) are added as rows, and records absent before are counted apart.
/// </summary>
public sealed class BandMatrix
{
    private readonly Dictionary<(string From, string To), long> _counts = [];
    private readonly List<string> _fromLabels;
    private readonly Dictionary<string, long> _new = new(StringComparer.Ordinal);

    internal BandMatrix(ImmutableArray<string> labels)
    {
        ToLabels = [.. labels, TierComparison.NoTier];
        _fromLabels = [.. ToLabels];
    }

    /// <summary>The later tiers (columns).</summary>
    public ImmutableArray<string> ToLabels { get; }

    /// <summary>The earlier tiers (rows).</summary>
    public IReadOnlyList<string> FromLabels => _fromLabels;

    /// <summary>Records that were not in the earlier evaluation, by later tier.</summary>
    public IReadOnlyDictionary<string, long> NewRecords => _new;

    public long this[string from, string to] => _counts.TryGetValue((from, to), out var count) ? count : 0;

    /// <summary>Records that kept their tier (the diagonal).</summary>
    public long Unchanged => _counts.Where(c => string.Equals(c.Key.From, c.Key.To, StringComparison.Ordinal)).Sum(c => c.Value);

    internal void Add(string? from, string to)
    {
        if (from is null)
        {
            _new[to] = _new.GetValueOrDefault(to) + 1;
            return;
        }

        if (!_fromLabels.Contains(from, StringComparer.Ordinal))
        {
            _fromLabels.Insert(_fromLabels.Count - 1, from);
        }

        _counts[(from, to)] = this[from, to] + 1;
    }
}
