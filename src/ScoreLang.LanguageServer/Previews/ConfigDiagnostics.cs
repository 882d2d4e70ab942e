using ScoreLang.LanguageServer.Protocol;
using ScoreLang.LanguageServer.Workspace;

namespace ScoreLang.LanguageServer.Previews;

/// <summary>The problems of a <c>scorelang.json</c> as the diagnostics of that file (an empty list clears them).</summary>
internal static class ConfigDiagnostics
{
    public static PublishDiagnosticsParams Of(string configPath, IReadOnlyList<ConfigProblem> problems) => new(
        DocumentPaths.ToUri(configPath),
        [.. problems.Select(p => new Diagnostic(
            new Protocol.Range(new Position(p.Line, p.Column), new Position(p.Line, p.Column + p.Length)),
            p.Message,
            p.IsError ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
            p.Code,
            Source: DiagnosticConverter.Source))]);
}
