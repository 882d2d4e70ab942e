using ScoreLang.Semantics;

namespace ScoreLang.Runtime.Columns;

/// <summary>
/// An association property (contact.company, S2, S3): <see cref="Rows"/>[row] is the row of the associated record in
/// the batch of <see cref="TargetRecordType"/>, or -1 when there is none. <see cref="Reverse"/> lists, for every target
/// row, the rows that point at it (a company's contacts).
/// </summary>
public sealed class AssociationColumn : PropertyColumn
{
    internal AssociationColumn(PropertySymbol property, int[] rows, Bitmap known, ReverseIndex reverse, IReadOnlyList<string> targetIds)
        : base(property, known)
    {
        Rows = rows;
        Reverse = reverse;
        _targetIds = targetIds;
    }

    private readonly IReadOnlyList<string> _targetIds;

    public string TargetRecordType => Property.Type.TargetRecordType!;

    public int[] Rows { get; }

    public ReverseIndex Reverse { get; }

    /// <summary>The id of the associated record, or null.</summary>
    public override object? GetValue(int row) => Rows[row] >= 0 ? _targetIds[Rows[row]] : null;
}
