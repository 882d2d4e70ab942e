using System.Collections.Immutable;
using ScoreLang.Diagnostics;
using ScoreLang.Syntax;
using ScoreLang.Text;

namespace ScoreLang.Binding;

/// <summary>
/// What every binder of one compilation shares: the diagnostics being collected and the symbol occurrences the
/// semantic model answers queries from.
/// </summary>
internal sealed class BindingContext
{
    private readonly List<SymbolOccurrence> _occurrences = [];

    public DiagnosticBag Diagnostics { get; } = new();

    public ImmutableArray<SymbolOccurrence> Occurrences => [.. _occurrences];

    public static SourceLocation Location(SyntaxTree tree, TextSpan span) => new(tree.Source, span);

    public Diagnostic Report(DiagnosticDescriptor descriptor, SyntaxTree tree, TextSpan span, params object?[] args) =>
        Diagnostics.Report(descriptor, tree.Source, span, args);

    public void Add(Diagnostic diagnostic) => Diagnostics.Add(diagnostic);

    public void Declare(SyntaxTree tree, IdentifierSyntax name, SymbolKey key)
    {
        if (!name.IsMissing)
        {
            _occurrences.Add(new SymbolOccurrence(tree, name.Span, key, IsDeclaration: true));
        }
    }

    public void Reference(SyntaxTree tree, TextSpan span, SymbolKey key)
    {
        if (span.Length > 0)
        {
            _occurrences.Add(new SymbolOccurrence(tree, span, key, IsDeclaration: false));
        }
    }

    /// <summary>
    /// Reports SL2001 for <paramref name="name"/>: "'x' is not {what}." followed by "Did you mean 'y'?" (and a fix)
    /// when a candidate is close, else by <paramref name="hint"/>. Missing names were reported by the parser already.
    /// </summary>
    public void ReportUnknown(SyntaxTree tree, IdentifierSyntax name, string what, IEnumerable<string> candidates, string? hint = null) =>
        ReportUnknown(tree, name.Span, name.Text, what, candidates, hint);

    public void ReportUnknown(SyntaxTree tree, TextSpan span, string text, string what, IEnumerable<string> candidates, string? hint = null)
    {
        if (text.Length == 0)
        {
            return;
        }

        var list = candidates.ToList();
        var suggestion = NameSuggester.Suggest(text, list);
        var tail = suggestion is not null ? $" Did you mean '{suggestion}'?" : " " + (hint ?? DefaultHint(list));
        var diagnostic = Diagnostic.Create(DiagnosticCatalog.UnknownName, Location(tree, span), text, what, tail);
        Add(suggestion is null ? diagnostic : diagnostic.WithFix(suggestion));
    }

    /// <summary>SL2002 at <paramref name="name"/>, with related information pointing at the first declaration.</summary>
    public void ReportDuplicate(SyntaxTree tree, IdentifierSyntax name, string kind, SourceLocation? first)
    {
        var diagnostic = Diagnostic.Create(DiagnosticCatalog.DuplicateDeclaration, Location(tree, name.Span), kind, name.Text);
        Add(first is { } location ? diagnostic.WithRelated(location, $"'{name.Text}' is first declared here.") : diagnostic);
    }

    private static string DefaultHint(List<string> candidates) => candidates.Count switch
    {
        0 => "Declare it first, or check the spelling.",
        <= 12 => $"Valid names here: {string.Join(", ", candidates.Order(StringComparer.Ordinal))}.",
        _ => "Declare it first, or check the spelling.",
    };
}
