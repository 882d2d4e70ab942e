namespace ScoreLang.Compiler.Generation;

/// <summary>
/// Where a text operand comes from: <see cref="Column"/> is a C# expression of its <c>StringColumn</c> (a batch's or
/// an event table's), <see cref="Values"/> the local holding its values array, <see cref="Row"/> the row read and
/// <see cref="RowKnown"/>, when set, whether that row exists (an associated record, S3).
/// </summary>
internal sealed record TextColumn(string Column, string Values, string Row, string? RowKnown);
