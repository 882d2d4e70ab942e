using ScoreLang.Runtime.Building;

namespace ScoreLang.Data.Reading;

/// <summary>
/// The problems and counts of one file while it is read. A loader reports problems of the current row with
/// <c>Report</c>, then ends the row with <see cref="EndRow"/> (or <see cref="Skip"/>); a row with any problem
/// counts once towards <see cref="LoadOptions.MaxErrors"/>.
/// </summary>
internal sealed class FileReport(LoadContext context, IRowSource source, string content)
{
    private readonly DataFormat _format = source.Format;
    private bool _rowIsBad;

    public string Path { get; } = source.Path;

    public long Rows { get; private set; }

    public long SkippedRows { get; private set; }

    public long BadRows { get; private set; }

    /// <summary>Where the current row (and a column of it) is.</summary>
    public DataLocation Here(string? column = null) => new(source.Path, source.Line, column, source.NumbersRows);

    public void Report(DataIssueKind kind, string message, string? column) => Report(kind, message, Here(column));

    /// <summary>Reports a problem at a location that may be of an earlier row (references checked after the file).</summary>
    public void Report(DataIssueKind kind, string message, DataLocation location)
    {
        context.Builder.Issues.Add(new DataIssue(kind, message) { Location = location });
        _rowIsBad = true;
    }

    /// <summary>Reports a problem found after the file was read (a deferred reference check): a bad row of its own.</summary>
    public void ReportLate(DataIssueKind kind, string message, DataLocation location)
    {
        context.Builder.Issues.Add(new DataIssue(kind, message) { Location = location });
        BadRows++;
        context.CountBadRow(location);
    }

    /// <summary>The current row was left out (after reporting why).</summary>
    public void Skip()
    {
        SkippedRows++;
        EndRow();
    }

    public void EndRow()
    {
        Rows++;
        if (_rowIsBad)
        {
            _rowIsBad = false;
            BadRows++;
            context.CountBadRow(Here());
        }

        var interval = context.Options.ProgressInterval;
        if (context.Options.Progress is { } progress && interval > 0 && Rows % interval == 0)
        {
            progress.Report(new LoadProgress(Path, Rows, FileDone: false));
        }
    }

    public void EndFile() => context.Options.Progress?.Report(new LoadProgress(Path, Rows, FileDone: true));

    public LoadedFile ToLoadedFile() => new(Path, _format, content, Rows, SkippedRows, BadRows);
}
