using ScoreLang.Runtime;
using ScoreLang.Runtime.Building;

namespace ScoreLang.Data;

/// <summary>
/// What <see cref="DataSetLoader.Load"/> read: the columnar data, the files in the order they were read, and every
/// problem found (the first <see cref="DataIssueLog.MaxSamples"/> in full, all of them counted).
/// </summary>
public sealed record LoadResult(ScoringData Data, IReadOnlyList<LoadedFile> Files)
{
    /// <summary>The problems kept in full, in the order they were found.</summary>
    public IReadOnlyList<DataIssue> Issues => Data.Issues.Samples;

    /// <summary>Every problem, including those not kept in full.</summary>
    public long IssueCount => Data.Issues.TotalCount;

    /// <summary>Rows with at least one problem (the number <see cref="LoadOptions.MaxErrors"/> limits).</summary>
    public long BadRowCount => Files.Sum(f => f.BadRows);

    /// <summary>Rows left out entirely (no id, duplicate id, an event of an unknown record ...).</summary>
    public long SkippedRowCount => Files.Sum(f => f.SkippedRows);

    public long RecordCount => Data.Records.Values.Sum(b => (long)b.Count);

    public long EventCount => Data.EventCount;

    public long ListMemberCount => Data.Records.Values.Sum(b => b.Lists.Values.Sum(l => (long)l.CountSet()));

    public long CountOf(DataIssueKind kind) => Data.Issues.CountOf(kind);
}

/// <summary>
/// One file that was read: what it holds (<see cref="Content"/> is a record type's name, <c>events</c> or
/// <c>lists</c>), how many data rows it had, how many of them were left out and how many had a problem.
/// </summary>
public sealed record LoadedFile(string Path, DataFormat Format, string Content, long Rows, long SkippedRows, long BadRows);
