using ScoreLang.Semantics;

namespace ScoreLang.Runtime.Columns;

/// <summary>A <c>bool</c> column; <see cref="Values"/> holds false where the value is unknown.</summary>
public sealed class BoolColumn : PropertyColumn
{
    internal BoolColumn(PropertySymbol property, bool[] values, Bitmap known)
        : base(property, known) => Values = values;

    public bool[] Values { get; }

    public override object? GetValue(int row) => Known[row] ? Values[row] : null;
}
