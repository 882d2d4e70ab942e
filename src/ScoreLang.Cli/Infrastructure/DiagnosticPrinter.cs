using System.Text.Json;
using ScoreLang.Diagnostics;

namespace ScoreLang.Cli.Infrastructure;

/// <summary>Prints diagnostics as compiler lines (<c>file(line,col): error SL2003: message</c>) or as JSON.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(TextWriter output, IReadOnlyList<Diagnostic> diagnostics, OutputFormat format)
    {
        if (format == OutputFormat.Json)
        {
            output.WriteLine(JsonSerializer.Serialize(diagnostics.Select(ToJson), CliJson.Options));
            return;
        }

        foreach (var diagnostic in diagnostics)
        {
            output.WriteLine(diagnostic.ToString());
            foreach (var related in diagnostic.Related)
            {
                var position = related.Location.LineSpan.Start;
                output.WriteLine($"    {related.Location.Path}({position.Line + 1},{position.Character + 1}): {related.Message}");
            }
        }
    }

    public static string Summary(IReadOnlyCollection<Diagnostic> diagnostics, int fileCount)
    {
        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        return $"{fileCount} file(s) checked: {errors} error(s), {warnings} warning(s).";
    }

    private static object ToJson(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.LineSpan;
        return new
        {
            file = diagnostic.Location.Path,
            line = span.Start.Line + 1,
            column = span.Start.Character + 1,
            endLine = span.End.Line + 1,
            endColumn = span.End.Character + 1,
            severity = diagnostic.Severity.ToString().ToLowerInvariant(),
            code = diagnostic.Code,
            message = diagnostic.Message,
            fix = diagnostic.Fix,
            related = diagnostic.Related.Select(r => new
            {
                file = r.Location.Path,
                line = r.Location.LineSpan.Start.Line + 1,
                column = r.Location.LineSpan.Start.Character + 1,
                message = r.Message,
            }),
        };
    }
}

internal enum OutputFormat
{
    Text,
    Json,
}
