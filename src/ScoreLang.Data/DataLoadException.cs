using ScoreLang.Runtime.Building;

namespace ScoreLang.Data;

/// <summary>
/// Loading stopped: a file is missing or unreadable, lacks a required column, the manifest is invalid, or more rows
/// were bad than <see cref="LoadOptions.MaxErrors"/> allows. <see cref="Exception.Message"/> is one line naming the file
/// (and line and column) with a stable SL6xxx code; <see cref="Issues"/> holds what was found before it stopped.
/// </summary>
public sealed class DataLoadException : Exception
{
    public DataLoadException()
        : this("Loading the data failed.")
    {
    }

    public DataLoadException(string message)
        : base(message) => Issue = new DataIssue(DataIssueKind.UnreadableFile, message);

    public DataLoadException(string message, Exception innerException)
        : base(message, innerException) => Issue = new DataIssue(DataIssueKind.UnreadableFile, message);

    public DataLoadException(DataIssue issue, IReadOnlyList<DataIssue>? issues = null, Exception? innerException = null)
        : base(issue?.ToString(), innerException)
    {
        ArgumentNullException.ThrowIfNull(issue);
        Issue = issue;
        Issues = issues ?? [issue];
    }

    /// <summary>The problem that stopped the load.</summary>
    public DataIssue Issue { get; }

    /// <summary>The problems found before the load stopped (including <see cref="Issue"/>).</summary>
    public IReadOnlyList<DataIssue> Issues { get; } = [];
}
