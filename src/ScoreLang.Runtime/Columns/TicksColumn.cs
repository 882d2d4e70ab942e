using ScoreLang.Semantics;

namespace ScoreLang.Runtime.Columns;

/// <summary>
/// A <c>date</c> or <c>datetime</c> column as <see cref="DateTime.Ticks"/> of UTC times (dates at midnight);
/// <see cref="Values"/> holds 0 where the value is unknown.
/// </summary>
public sealed class TicksColumn : PropertyColumn
{
    internal TicksColumn(PropertySymbol property, long[] values, Bitmap known)
        : base(property, known) => Values = values;

    public long[] Values { get; }

    public override object? GetValue(int row) => Known[row] ? new DateTime(Values[row], DateTimeKind.Utc) : null;
}
