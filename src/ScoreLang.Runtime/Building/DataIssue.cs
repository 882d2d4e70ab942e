using System.Globalization;

namespace ScoreLang.Runtime.Building;

/// <summary>
/// The kinds of data problem. Append only: <see cref="DataIssue.Code"/> gives each kind a stable SL6xxx code that
/// docs/data-format.md lists, so a kind never changes meaning.
/// </summary>
public enum DataIssueKind
{
    /// <summary>A record id given twice for the same record type (SL6001).</summary>
    DuplicateRecord,
    /// <summary>An association to a record id that is not in the data; the association is treated as absent (SL6002).</summary>
    MissingAssociatedRecord,
    /// <summary>An event of a record id that is not in the data; the event is not scored (SL6003).</summary>
    OrphanEvent,
    /// <summary>A list membership of a record id that is not in the data (SL6004).</summary>
    OrphanListMember,
    /// <summary>A list name that is not a static list of the schema (SL6005).</summary>
    UnknownList,
    /// <summary>A file without a column it must have (id, record_id, type, timestamp, list, or a mapped column) (SL6006).</summary>
    MissingColumn,
    /// <summary>An empty cell where a value is required (an id, an event's type or time) (SL6007).</summary>
    MissingValue,
    /// <summary>A cell that does not hold a value of its property's type (<c>abc</c> for a number) (SL6008).</summary>
    WrongType,
    /// <summary>A date or date-time that cannot be read (SL6009).</summary>
    InvalidDate,
    /// <summary>A value that is not a member of its enum (SL6010).</summary>
    UnknownEnumMember,
    /// <summary>An event type the schema does not declare (SL6011).</summary>
    UnknownEventType,
    /// <summary>A row that cannot be parsed at all (a JSON Lines line that is not a JSON object) (SL6012).</summary>
    MalformedRow,
    /// <summary>A data file that does not exist (SL6013).</summary>
    MissingFile,
    /// <summary>A data file that cannot be read (not a Parquet file, an I/O error) (SL6014).</summary>
    UnreadableFile,
    /// <summary>A data manifest (or a data folder's layout) that is not valid (SL6015).</summary>
    InvalidManifest,
    /// <summary>More bad rows than the error limit allows; loading stopped (SL6016).</summary>
    TooManyErrors,
}

/// <summary>
/// Where a data problem is: the file, the 1-based line (CSV, JSON Lines) or row (Parquet, <see cref="IsRow"/>) and the
/// column. <see cref="Line"/> is 0 for a problem of the whole file.
/// </summary>
public sealed record DataLocation(string File, long Line = 0, string? Column = null, bool IsRow = false)
{
    /// <summary><c>data/contact.csv(line 12, column 'visits')</c>.</summary>
    public override string ToString()
    {
        var parts = new List<string>(2);
        if (Line > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{(IsRow ? "row" : "line")} {Line}"));
        }

        if (Column is not null)
        {
            parts.Add($"column '{Column}'");
        }

        return parts.Count == 0 ? File : $"{File}({string.Join(", ", parts)})";
    }
}

/// <summary>
/// One problem found while reading or building <see cref="ScoringData"/>; <see cref="Source"/> is what the caller said
/// the row came from, <see cref="Location"/> the file, line and column when a data file reader found it.
/// </summary>
public sealed record DataIssue(DataIssueKind Kind, string Message, string? Source = null)
{
    public DataLocation? Location { get; init; }

    /// <summary>The stable code of <see cref="Kind"/>: SL6001 and up, in the order of <see cref="DataIssueKind"/>.</summary>
    public string Code => string.Create(CultureInfo.InvariantCulture, $"SL{6001 + (int)Kind}");

    /// <summary>One line: <c>data/contact.csv(line 12, column 'visits'): SL6008: message</c>.</summary>
    public override string ToString()
    {
        var where = Location?.ToString() ?? Source;
        return where is null ? $"{Code}: {Message}" : $"{where}: {Code}: {Message}";
    }
}
