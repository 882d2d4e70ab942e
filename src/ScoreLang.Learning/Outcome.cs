using System.Collections.Immutable;

namespace ScoreLang.Learning;

/// <summary>
/// An observed outcome per record, aligned with the records' rows: <see cref="Known"/>[row] false when the outcome of
/// that record is not known (it is then left out of every figure, and counted).
/// </summary>
public sealed record Outcome(string Name, bool[] Known, bool[] Values)
{
    public int Count => Values.Length;

    /// <summary>How the outcome was derived and what was left out (a stage transition's exclusions), for headers and reports.</summary>
    public ImmutableArray<string> Notes { get; init; } = [];
}
