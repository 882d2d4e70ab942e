namespace ScoreLang.Data.Manifest;

/// <summary>
/// A manifest's <c>values</c> for one column: raw cell texts mapped to the schema's texts (<c>"Yes" -> "true"</c>), an
/// empty or null target meaning unknown (<c>"Select" -> ""</c>). Looked up by span, so mapping allocates nothing.
/// </summary>
internal sealed class ValueMap
{
    private readonly Dictionary<string, string?>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public ValueMap(IEnumerable<KeyValuePair<string, string?>> entries)
    {
        var map = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (raw, mapped) in entries)
        {
            map[raw] = string.IsNullOrEmpty(mapped) ? null : mapped;
        }

        Count = map.Count;
        Entries = map;
        _lookup = map.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count { get; }

    /// <summary>Every raw text and its replacement (null: unknown), for engines that apply the mapping themselves (run --engine duckdb).</summary>
    public IReadOnlyDictionary<string, string?> Entries { get; }

    /// <summary>True when the raw text is mapped; <paramref name="mapped"/> is then the replacement (null: unknown).</summary>
    public bool TryMap(ReadOnlySpan<char> raw, out string? mapped) => _lookup.TryGetValue(raw, out mapped);
}
