using ScoreLang.Semantics;

namespace ScoreLang.Runtime.Columns;

/// <summary>A <c>number</c> column; <see cref="Values"/> holds 0 where the value is unknown.</summary>
public sealed class NumberColumn : PropertyColumn
{
    internal NumberColumn(PropertySymbol property, double[] values, Bitmap known)
        : base(property, known) => Values = values;

    public double[] Values { get; }

    public override object? GetValue(int row) => Known[row] ? Values[row] : null;
}
