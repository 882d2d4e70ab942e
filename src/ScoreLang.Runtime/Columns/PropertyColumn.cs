using ScoreLang.Semantics;

namespace ScoreLang.Runtime.Columns;

/// <summary>
/// The values of one property (of a record type) or attribute (of an event type) for every row, with a
/// <see cref="Known"/> bit per row: a clear bit is an unknown value (a null in the data, docs/language.md
/// "Unknown values"). The typed subclasses expose plain arrays so generated code reads them by index.
/// </summary>
public abstract class PropertyColumn
{
    private protected PropertyColumn(PropertySymbol property, Bitmap known)
    {
        Property = property;
        Known = known;
    }

    public PropertySymbol Property { get; }

    public DataKind Kind => Property.Type.Kind;

    public Bitmap Known { get; }

    public int Length => Known.Length;

    /// <summary>The value as the reference evaluator represents it (double, bool, DateTime, string), or null when unknown.</summary>
    public abstract object? GetValue(int row);
}
