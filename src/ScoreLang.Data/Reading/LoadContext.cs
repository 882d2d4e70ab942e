using ScoreLang.Runtime.Building;
using ScoreLang.Semantics;

namespace ScoreLang.Data.Reading;

/// <summary>
/// The state of one load shared by the file loaders: the builder the rows go into, the options, the files read so far,
/// and the bad-row count that <see cref="LoadOptions.MaxErrors"/> limits across all files.
/// </summary>
internal sealed class LoadContext(SchemaModel schema, LoadOptions options)
{
    private readonly List<FileReport> _files = [];

    public SchemaModel Schema { get; } = schema;

    public LoadOptions Options { get; } = options;

    public ScoringDataBuilder Builder { get; } = new(schema);

    public long BadRows { get; private set; }

    public IReadOnlyList<LoadedFile> Files => [.. _files.Select(f => f.ToLoadedFile())];

    /// <summary>The file being read, for errors that interrupt it.</summary>
    public FileReport? Current { get; private set; }

    public FileReport BeginFile(IRowSource source, string content)
    {
        var report = new FileReport(this, source, content);
        _files.Add(report);
        Current = report;
        return report;
    }

    /// <summary>Counts a bad row; more than <see cref="LoadOptions.MaxErrors"/> of them stop the load.</summary>
    internal void CountBadRow(DataLocation location)
    {
        BadRows++;
        if (BadRows > Options.MaxErrors)
        {
            var message = Options.MaxErrors == 0
                ? "A row is bad and --max-errors is 0; loading stopped (see the problems above)."
                : $"More than {Options.MaxErrors} rows are bad; loading stopped. Fix the data (the first problems are listed) or raise --max-errors.";
            throw Fatal(DataIssueKind.TooManyErrors, message, location with { Column = null });
        }
    }

    /// <summary>A problem that stops the load, with every problem found so far.</summary>
    public DataLoadException Fatal(DataIssueKind kind, string message, DataLocation location, Exception? inner = null)
    {
        var issue = new DataIssue(kind, message) { Location = location };
        return new DataLoadException(issue, [.. Builder.Issues.Samples, issue], inner);
    }
}
