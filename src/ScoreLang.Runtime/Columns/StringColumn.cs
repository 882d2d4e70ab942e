using ScoreLang.Semantics;

namespace ScoreLang.Runtime.Columns;

/// <summary>A <c>string</c> column; a null entry is an unknown value (and its <see cref="PropertyColumn.Known"/> bit is clear).</summary>
public sealed class StringColumn : PropertyColumn
{
    internal StringColumn(PropertySymbol property, string?[] values, Bitmap known)
        : base(property, known) => Values = values;

    public string?[] Values { get; }

    public override object? GetValue(int row) => Values[row];
}
