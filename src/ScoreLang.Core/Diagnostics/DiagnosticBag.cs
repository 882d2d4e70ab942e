using System.Collections.Immutable;
using ScoreLang.Text;

namespace ScoreLang.Diagnostics;

/// <summary>A mutable collector used while one phase runs; phases hand back immutable arrays.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public int Count => _items.Count;

    public bool HasErrors => _items.Exists(d => d.Severity == DiagnosticSeverity.Error);

    public Diagnostic Report(DiagnosticDescriptor descriptor, SourceText source, TextSpan span, params object?[] args)
    {
        var diagnostic = Diagnostic.Create(descriptor, new SourceLocation(source, span), args);
        _items.Add(diagnostic);
        return diagnostic;
    }

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    /// <summary>Replaces the last reported diagnostic (used to attach a fix or related information).</summary>
    public void ReplaceLast(Diagnostic diagnostic) => _items[^1] = diagnostic;

    public ImmutableArray<Diagnostic> ToImmutable() =>
        [.. _items.OrderBy(d => d.Location.Path, StringComparer.Ordinal).ThenBy(d => d.Location.Span.Start).ThenBy(d => d.Code, StringComparer.Ordinal)];
}
