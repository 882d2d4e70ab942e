using ScoreLang.LanguageServer.Protocol;
using CoreDiagnostic = ScoreLang.Diagnostics.Diagnostic;
using CoreSeverity = ScoreLang.Diagnostics.DiagnosticSeverity;
using Diagnostic = ScoreLang.LanguageServer.Protocol.Diagnostic;
using DiagnosticSeverity = ScoreLang.LanguageServer.Protocol.DiagnosticSeverity;

namespace ScoreLang.LanguageServer.Workspace;

/// <summary>Turns the core's diagnostics into LSP diagnostics: SL code, precise range, related locations in any file.</summary>
internal static class DiagnosticConverter
{
    public const string Source = "scorelang";

    public static Diagnostic ToLsp(CoreDiagnostic diagnostic, Func<string, string> uriOfPath)
    {
        var related = diagnostic.Related.IsDefaultOrEmpty
            ? null
            : diagnostic.Related
                .Select(r => new DiagnosticRelatedInformation(
                    new Location(uriOfPath(r.Location.Path), LspPositions.ToRange(r.Location.Source, r.Location.Span)),
                    r.Message))
                .ToList();
        return new Diagnostic(
            LspPositions.ToRange(diagnostic.Location.Source, diagnostic.Location.Span),
            diagnostic.Message,
            ToLsp(diagnostic.Severity),
            diagnostic.Code,
            Source: Source,
            RelatedInformation: related);
    }

    public static DiagnosticSeverity ToLsp(CoreSeverity severity) => severity switch
    {
        CoreSeverity.Error => DiagnosticSeverity.Error,
        CoreSeverity.Warning => DiagnosticSeverity.Warning,
        CoreSeverity.Info => DiagnosticSeverity.Information,
        _ => DiagnosticSeverity.Hint,
    };
}
