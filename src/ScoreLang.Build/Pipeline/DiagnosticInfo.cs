using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using CoreDiagnostic = ScoreLang.Diagnostics.Diagnostic;
using CoreSeverity = ScoreLang.Diagnostics.DiagnosticSeverity;

namespace ScoreLang.Build.Pipeline;

/// <summary>
/// A ScoreLang diagnostic as plain, comparable data (a Roslyn <see cref="Diagnostic"/> is not equatable, so it cannot
/// be the output of a cached step): its SL code and severity, the message, the file and the exact span. Becomes a build
/// diagnostic whose location is the .score file, so `dotnet build` prints <c>file(line,col): error SL2001: ...</c>.
/// </summary>
internal sealed record DiagnosticInfo(
    string Code,
    CoreSeverity Severity,
    string Title,
    string Message,
    string Path,
    int Start,
    int Length,
    int StartLine,
    int StartCharacter,
    int EndLine,
    int EndCharacter)
{
    /// <summary>Where the diagnostic codes are described for users.</summary>
    public const string HelpLink = "docs/language.md#diagnostics";

    public static DiagnosticInfo From(CoreDiagnostic diagnostic, string path)
    {
        var lines = diagnostic.Location.LineSpan;
        return new DiagnosticInfo(
            diagnostic.Code,
            diagnostic.Severity,
            diagnostic.Descriptor.Title,
            diagnostic.Message,
            path,
            diagnostic.Location.Span.Start,
            diagnostic.Location.Span.Length,
            lines.Start.Line,
            lines.Start.Character,
            lines.End.Line,
            lines.End.Character);
    }

    /// <summary>A diagnostic of the build integration itself (not of a score file's content).</summary>
    public static DiagnosticInfo ForFile(string code, CoreSeverity severity, string title, string message, string path) =>
        new(code, severity, title, message, path, 0, 0, 0, 0, 0, 0);

    public Diagnostic ToDiagnostic()
    {
        var severity = Severity switch
        {
            CoreSeverity.Error => DiagnosticSeverity.Error,
            CoreSeverity.Warning => DiagnosticSeverity.Warning,
            CoreSeverity.Info => DiagnosticSeverity.Info,
            _ => DiagnosticSeverity.Hidden,
        };
        var descriptor = new DiagnosticDescriptor(
            Code,
            Title,
            "{0}",
            "ScoreLang",
            severity,
            isEnabledByDefault: true,
            helpLinkUri: HelpLink);
        var location = Location.Create(
            Path,
            new TextSpan(Start, Length),
            new LinePositionSpan(new LinePosition(StartLine, StartCharacter), new LinePosition(EndLine, EndCharacter)));
        return Diagnostic.Create(descriptor, location, Message);
    }
}
