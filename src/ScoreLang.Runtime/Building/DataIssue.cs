namespace ScoreLang.Runtime.Building;

public enum DataIssueKind
{
    /// <summary>A record id given twice for the same record type; the later values overwrite the earlier ones.</summary>
    DuplicateRecord,
    /// <summary>An association to a record id that is not in the data; the association is treated as absent.</summary>
    MissingAssociatedRecord,
    /// <summary>An event of a record id that is not in the data; the event is not scored.</summary>
    OrphanEvent,
    /// <summary>A list membership of a record id that is not in the data.</summary>
    OrphanListMember,
    /// <summary>A list name that is not a static list of the schema.</summary>
    UnknownList,
}

/// <summary>One problem found while building <see cref="ScoringData"/>; <see cref="Source"/> is what the caller said the row came from.</summary>
public sealed record DataIssue(DataIssueKind Kind, string Message, string? Source = null);
