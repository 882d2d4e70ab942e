namespace ScoreLang.Data.Reading;

/// <summary>
/// Shares the strings of one text column: categorical text (a campaign, a page, a country) repeats across millions of
/// rows, and one string per distinct value instead of one per row is the difference between megabytes and gigabytes
/// on large event files. Looked up by span, so a repeated value allocates nothing. Once <see cref="Capacity"/> distinct
/// values were seen the column is taken to be free text and later new values are no longer pooled (known ones still
/// are), which bounds the pool's memory.
/// </summary>
internal sealed class TextPool
{
    public const int Capacity = 4096;

    private readonly HashSet<string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public TextPool() => _lookup = _values.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => _values.Count;

    public string Get(ReadOnlySpan<char> text)
    {
        if (_lookup.TryGetValue(text, out var shared))
        {
            return shared;
        }

        var value = text.ToString();
        if (_values.Count < Capacity)
        {
            _values.Add(value);
        }

        return value;
    }
}
