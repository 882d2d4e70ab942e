using System.Collections.Immutable;
using ScoreLang.Text;

namespace ScoreLang.Diagnostics;

/// <summary>A place in a named source: the text's path and a span inside it.</summary>
public readonly record struct SourceLocation(SourceText Source, TextSpan Span)
{
    public string Path => Source.Path;

    public LinePositionSpan LineSpan => Source.GetLinePositionSpan(Span);
}

/// <summary>Extra information attached to a diagnostic: "first declared here", "the limit is set here".</summary>
public sealed record RelatedInformation(SourceLocation Location, string Message);

/// <summary>
/// One problem found in a source file. <see cref="Fix"/>, when present, is the replacement text a quick fix
/// would put at <see cref="Location"/> (for example the name a "did you mean" suggests).
/// </summary>
public sealed record Diagnostic(
    DiagnosticDescriptor Descriptor,
    SourceLocation Location,
    string Message,
    ImmutableArray<RelatedInformation> Related,
    string? Fix = null)
{
    public string Code => Descriptor.Code;

    public DiagnosticSeverity Severity => Descriptor.Severity;

    public static Diagnostic Create(DiagnosticDescriptor descriptor, SourceLocation location, params object?[] args) =>
        new(descriptor, location, descriptor.Format(args), ImmutableArray<RelatedInformation>.Empty);

    public Diagnostic WithFix(string fix) => this with { Fix = fix };

    public Diagnostic WithRelated(SourceLocation location, string message) =>
        this with { Related = Related.Add(new RelatedInformation(location, message)) };

    /// <summary>The compiler-style line: <c>file(line,col): error SL2003: message</c>.</summary>
    public override string ToString()
    {
        var position = Location.Source.GetLinePosition(Location.Span.Start);
        var severity = Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            DiagnosticSeverity.Info => "info",
            _ => "hidden",
        };
        return $"{Location.Path}({position.Line + 1},{position.Character + 1}): {severity} {Code}: {Message}";
    }
}
