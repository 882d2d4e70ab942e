using ScoreLang.Text;

namespace ScoreLang.Semantics;

/// <summary>
/// Items of one tree sorted by where they start, to find those at a position by binary search instead of a scan of
/// every item (the language server asks on every hover; a 10,000-line file has tens of thousands of occurrences).
/// <c>_maxEnd[i]</c> is the largest end among the first i + 1 items, so the backward walk from the last item starting
/// at or before the position stops as soon as no earlier item can reach it.
/// </summary>
internal sealed class SpanIndex<T>
{
    private readonly T[] _items;
    private readonly int[] _order;
    private readonly int[] _starts;
    private readonly int[] _maxEnd;

    public SpanIndex(IEnumerable<T> items, Func<T, TextSpan> spanOf)
    {
        var sorted = items.Select((item, order) => (item, order)).OrderBy(p => spanOf(p.item).Start).ToArray();
        _items = [.. sorted.Select(p => p.item)];
        _order = [.. sorted.Select(p => p.order)];
        _starts = new int[_items.Length];
        _maxEnd = new int[_items.Length];
        var maxEnd = int.MinValue;
        for (var i = 0; i < _items.Length; i++)
        {
            var span = spanOf(_items[i]);
            _starts[i] = span.Start;
            maxEnd = Math.Max(maxEnd, span.End);
            _maxEnd[i] = maxEnd;
        }

        SpanOf = spanOf;
    }

    private Func<T, TextSpan> SpanOf { get; }

    /// <summary>The items whose span contains <paramref name="position"/> or ends at it, in the order they were given.</summary>
    public IEnumerable<T> At(int position)
    {
        var found = new List<(int Order, T Item)>();
        var last = Array.BinarySearch(_starts, position);
        if (last < 0)
        {
            last = ~last - 1;
        }
        else
        {
            // Several items may start exactly here: take them all.
            while (last + 1 < _starts.Length && _starts[last + 1] == position)
            {
                last++;
            }
        }

        for (var i = last; i >= 0 && _maxEnd[i] >= position; i--)
        {
            if (SpanOf(_items[i]).ContainsOrTouches(position))
            {
                found.Add((_order[i], _items[i]));
            }
        }

        return found.OrderBy(f => f.Order).Select(f => f.Item);
    }
}
