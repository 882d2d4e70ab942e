using System.Runtime.CompilerServices;
using ScoreLang.Semantics;

namespace ScoreLang.Runtime.Columns;

/// <summary>
/// A <c>string</c> column; a null entry is an unknown value (and its <see cref="PropertyColumn.Known"/> bit is clear).
/// A column of few distinct values (most attributes: campaigns, forms, pages, countries) is also dictionary encoded:
/// <see cref="Codes"/> gives each row's index into <see cref="Dictionary"/>, whose entry 0 is the unknown value. A
/// condition on the column alone can then be decided once per distinct value (<see cref="MatchTable"/>) instead of
/// once per row, which is how compiled scores test text (issue 5).
/// </summary>
public sealed class StringColumn : PropertyColumn
{
    private readonly ConditionalWeakTable<Func<string?, bool>, bool[]>? _matchTables;

    internal StringColumn(PropertySymbol property, string?[] values, Bitmap known, StringDictionary? dictionary = null)
        : base(property, known)
    {
        Values = values;
        Codes = dictionary?.Codes;
        Dictionary = dictionary?.Values;
        _matchTables = dictionary is null ? null : new ConditionalWeakTable<Func<string?, bool>, bool[]>();
    }

    public string?[] Values { get; }

    /// <summary>Per row, the index of its value in <see cref="Dictionary"/> (0: unknown); null when the column has too many distinct values.</summary>
    public int[]? Codes { get; }

    /// <summary>The distinct values, in order of first appearance after the unknown value at index 0; null with <see cref="Codes"/>.</summary>
    public IReadOnlyList<string?>? Dictionary { get; }

    public override object? GetValue(int row) => Values[row];

    /// <summary>
    /// <paramref name="condition"/> decided for every entry of <see cref="Dictionary"/> (index 0: the unknown value),
    /// so that <c>table[Codes[row]]</c> is <c>condition(Values[row])</c>; null when the column is not dictionary
    /// encoded. The condition must be a pure function of the value: the table is computed once per condition delegate
    /// and kept as long as both the column and the delegate live (the column's data never changes).
    /// </summary>
    public bool[]? MatchTable(Func<string?, bool> condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        if (_matchTables is null)
        {
            return null;
        }

        if (_matchTables.TryGetValue(condition, out var table))
        {
            return table;
        }

        var values = Dictionary!;
        table = new bool[values.Count];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = condition(values[i]);
        }

        // Two threads may compute the same table; either result is the same, and the first one stored wins.
        return _matchTables.GetValue(condition, _ => table);
    }
}
