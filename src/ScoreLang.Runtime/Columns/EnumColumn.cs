using System.Collections.Immutable;
using ScoreLang.Semantics;

namespace ScoreLang.Runtime.Columns;

/// <summary>
/// An <c>enum</c> column as member codes: <see cref="Codes"/>[row] is the index of the member in
/// <see cref="Members"/> (declaration order), or -1 when the value is unknown.
/// </summary>
public sealed class EnumColumn : PropertyColumn
{
    internal EnumColumn(PropertySymbol property, int[] codes, Bitmap known)
        : base(property, known) => Codes = codes;

    public int[] Codes { get; }

    public ImmutableArray<string> Members => Property.Type.EnumMembers;

    public override object? GetValue(int row) => Codes[row] >= 0 ? Members[Codes[row]] : null;

    /// <summary>
    /// The code of a member name: an exact match first, else a match ignoring case (text comparisons ignore case),
    /// or -1 when the name is not a member.
    /// </summary>
    public static int CodeOf(ImmutableArray<string> members, string name)
    {
        var index = members.IndexOf(name, StringComparer.Ordinal);
        return index >= 0 ? index : members.IndexOf(name, StringComparer.OrdinalIgnoreCase);
    }
}
