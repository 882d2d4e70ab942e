using System.Collections.Immutable;
using ScoreLang.Diagnostics;
using ScoreLang.Semantics;
using ScoreLang.Syntax;

namespace ScoreLang.Binding;

/// <summary>
/// Follows <c>import</c> declarations transitively through an <see cref="ISourceResolver"/>: each file is parsed once
/// (a file already given or already imported is reused), missing files (SL5001), cycles (SL5002) and repeated imports
/// (SL5003) are reported at the import.
/// </summary>
internal sealed class ImportResolver(ISourceResolver resolver, DiagnosticBag diagnostics)
{
    private readonly Dictionary<string, SyntaxTree> _byPath = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SyntaxTree?> _byResolvedPath = new(StringComparer.Ordinal);
    private readonly List<SyntaxTree> _discovered = [];
    private readonly List<SyntaxTree> _dependencyOrder = [];
    private readonly HashSet<SyntaxTree> _done = [];
    private readonly List<SyntaxTree> _stack = [];

    /// <summary>Every tree (roots first, then imported files as found) and the same trees with imports before importers.</summary>
    public (ImmutableArray<SyntaxTree> Trees, ImmutableArray<SyntaxTree> DependencyOrder) Load(IReadOnlyList<SyntaxTree> roots)
    {
        foreach (var root in roots)
        {
            Register(root, resolvedPath: null);
        }

        foreach (var root in roots)
        {
            Visit(root);
        }

        return ([.. _discovered], [.. _dependencyOrder]);
    }

    private void Register(SyntaxTree tree, string? resolvedPath)
    {
        if (!_discovered.Contains(tree))
        {
            _discovered.Add(tree);
        }

        _byPath.TryAdd(tree.Source.Path, tree);
        if (resolvedPath is not null)
        {
            _byResolvedPath[resolvedPath] = tree;
        }
    }

    private void Visit(SyntaxTree tree)
    {
        if (_done.Contains(tree))
        {
            return;
        }

        _stack.Add(tree);
        var seen = new HashSet<SyntaxTree>();
        foreach (var import in tree.Root.Declarations.OfType<ImportSyntax>())
        {
            var importPath = import.Path.Value;
            if (importPath.Length == 0)
            {
                continue;
            }

            var (target, resolvedPath) = Resolve(importPath, tree.Source.Path);
            if (target is null)
            {
                diagnostics.Report(DiagnosticCatalog.ImportNotFound, tree.Source, import.Span, importPath, resolvedPath);
            }
            else if (!seen.Add(target))
            {
                diagnostics.Report(DiagnosticCatalog.DuplicateImport, tree.Source, import.Span, importPath);
            }
            else if (_stack.Contains(target))
            {
                var chain = _stack.Skip(_stack.IndexOf(target)).Append(target).Select(t => t.Source.Path);
                diagnostics.Report(DiagnosticCatalog.ImportCycle, tree.Source, import.Span, importPath, string.Join(" -> ", chain));
            }
            else
            {
                Visit(target);
            }
        }

        _stack.RemoveAt(_stack.Count - 1);
        _done.Add(tree);
        _dependencyOrder.Add(tree);
    }

    private (SyntaxTree? Tree, string ResolvedPath) Resolve(string importPath, string importingPath)
    {
        string resolvedPath;
        try
        {
            resolvedPath = resolver.ResolvePath(importPath, importingPath);
        }
        catch (Exception e) when (e is ArgumentException or IOException or NotSupportedException or UnauthorizedAccessException)
        {
            return (null, importPath);
        }

        if (_byResolvedPath.TryGetValue(resolvedPath, out var known))
        {
            return (known, resolvedPath);
        }

        if (_byPath.TryGetValue(resolvedPath, out var given))
        {
            _byResolvedPath[resolvedPath] = given;
            return (given, resolvedPath);
        }

        var text = TryRead(resolvedPath);
        if (text is null)
        {
            _byResolvedPath[resolvedPath] = null;
            return (null, resolvedPath);
        }

        // The resolver may name the text differently from the resolved path (e.g. relative to the working directory).
        if (!_byPath.TryGetValue(text.Path, out var tree))
        {
            tree = SyntaxTree.Parse(text);
        }

        Register(tree, resolvedPath);
        return (tree, resolvedPath);
    }

    private Text.SourceText? TryRead(string resolvedPath)
    {
        try
        {
            return resolver.TryRead(resolvedPath);
        }
        catch (Exception e) when (e is ArgumentException or IOException or NotSupportedException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
