using System.Text.Json;
using System.Text.Json.Serialization;

namespace ScoreLang.LanguageServer.Protocol;

// "PublishDiagnostics Notification" and the Diagnostic structure.

internal enum DiagnosticSeverity
{
    Error = 1,
    Warning = 2,
    Information = 3,
    Hint = 4,
}

internal enum DiagnosticTag
{
    Unnecessary = 1,
    Deprecated = 2,
}

internal sealed record CodeDescription(string Href);

internal sealed record DiagnosticRelatedInformation(Location Location, string Message);

/// <summary>A problem in a document. <see cref="Code"/> is ScoreLang's stable SL code (always a string here).</summary>
internal sealed record Diagnostic(
    Range Range,
    string Message,
    DiagnosticSeverity? Severity = null,
    [property: JsonConverter(typeof(IntegerOrStringConverter))] string? Code = null,
    CodeDescription? CodeDescription = null,
    string? Source = null,
    IReadOnlyList<DiagnosticTag>? Tags = null,
    IReadOnlyList<DiagnosticRelatedInformation>? RelatedInformation = null,
    JsonElement? Data = null);

/// <summary>Replaces every diagnostic of a document; an empty list clears them.</summary>
internal sealed record PublishDiagnosticsParams(string Uri, IReadOnlyList<Diagnostic> Diagnostics, int? Version = null);
