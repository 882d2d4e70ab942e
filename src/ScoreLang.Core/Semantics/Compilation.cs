using System.Collections.Immutable;
using ScoreLang.Binding;
using ScoreLang.Diagnostics;
using ScoreLang.Syntax;

namespace ScoreLang.Semantics;

/// <summary>
/// A set of files bound together: the given trees plus every file they import (transitively, each parsed once), the
/// bound program, and every syntax and semantic diagnostic (sorted by file and position, deduplicated). Immutable;
/// the language server makes a new one when a document changes.
/// </summary>
public sealed class Compilation
{
    private readonly ImmutableArray<SymbolOccurrence> _occurrences;
    private readonly Dictionary<SyntaxTree, SemanticModel> _models = [];
    private readonly Lock _modelsLock = new();

    private Compilation(ImmutableArray<SyntaxTree> trees, BoundProgram program, ImmutableArray<Diagnostic> diagnostics, ImmutableArray<SymbolOccurrence> occurrences)
    {
        SyntaxTrees = trees;
        Program = program;
        Diagnostics = diagnostics;
        _occurrences = occurrences;
    }

    /// <summary>The given trees first, then the imported files in the order they were found.</summary>
    public ImmutableArray<SyntaxTree> SyntaxTrees { get; }

    public BoundProgram Program { get; }

    public ImmutableArray<Diagnostic> Diagnostics { get; }

    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    internal ImmutableArray<SymbolOccurrence> Occurrences => _occurrences;

    /// <summary>
    /// Compiles <paramref name="mainTree"/> and the files it imports. Without a resolver, imports can only name
    /// <paramref name="mainTree"/> itself and are otherwise reported as missing (SL5001).
    /// </summary>
    public static Compilation Create(SyntaxTree mainTree, ISourceResolver? resolver = null) => Create([mainTree], resolver);

    /// <summary>
    /// Compiles several trees together (their declarations share one scope) and the files they import. Without a
    /// resolver, imports are resolved among the given trees by path.
    /// </summary>
    public static Compilation Create(IEnumerable<SyntaxTree> trees, ISourceResolver? resolver = null)
    {
        var roots = trees.ToList();
        resolver ??= new InMemorySourceResolver(roots.Select(t => t.Source));
        var importDiagnostics = new DiagnosticBag();
        var (allTrees, dependencyOrder) = new ImportResolver(resolver, importDiagnostics).Load(roots);
        var (program, context) = ProgramBinder.Bind(dependencyOrder);
        var diagnostics = allTrees.SelectMany(t => t.Diagnostics)
            .Concat(importDiagnostics.ToImmutable())
            .Concat(context.Diagnostics.ToImmutable())
            .DistinctBy(d => (d.Location.Path, d.Location.Span, d.Code, d.Message))
            .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Span.Start)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToImmutableArray();
        return new Compilation(allTrees, program, diagnostics, context.Occurrences);
    }

    /// <summary>The diagnostics located in <paramref name="tree"/> (what an editor shows for one document).</summary>
    public ImmutableArray<Diagnostic> GetDiagnostics(SyntaxTree tree) =>
        [.. Diagnostics.Where(d => ReferenceEquals(d.Location.Source, tree.Source))];

    /// <summary>The query API over one of this compilation's trees.</summary>
    public SemanticModel GetSemanticModel(SyntaxTree tree)
    {
        if (!SyntaxTrees.Contains(tree))
        {
            throw new ArgumentException($"'{tree.Source.Path}' is not part of this compilation.", nameof(tree));
        }

        lock (_modelsLock)
        {
            if (!_models.TryGetValue(tree, out var model))
            {
                model = new SemanticModel(this, tree);
                _models[tree] = model;
            }

            return model;
        }
    }
}
