using System.Collections.Immutable;
using ScoreLang.Diagnostics;
using ScoreLang.Semantics;
using ScoreLang.Syntax;

namespace ScoreLang.Cli.Infrastructure;

/// <summary>
/// The compilations for a set of files given on the command line: one per score file (imports followed), plus one per
/// schema file that no score file imports, so that every file is checked exactly once.
/// </summary>
internal sealed class SourceSet
{
    private SourceSet(IReadOnlyList<string> files, ImmutableArray<Compilation> compilations)
    {
        Files = files;
        Compilations = compilations;
    }

    public IReadOnlyList<string> Files { get; }

    public ImmutableArray<Compilation> Compilations { get; }

    /// <summary>Diagnostics of every compilation, each reported once even when a schema is imported by several scores.</summary>
    public ImmutableArray<Diagnostic> Diagnostics =>
        [.. Compilations.SelectMany(c => c.Diagnostics)
            .DistinctBy(d => (d.Location.Path, d.Location.Span, d.Code, d.Message))
            .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Span.Start)];

    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    public static SourceSet Load(IEnumerable<string> paths)
    {
        var files = InputFiles.Expand(paths);
        var resolver = new FileSourceResolver();
        var compilations = ImmutableArray.CreateBuilder<Compilation>();
        var covered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files.Where(f => f.EndsWith(".score", StringComparison.OrdinalIgnoreCase)))
        {
            var compilation = Compilation.Create(SyntaxTree.Parse(Read(file)), resolver);
            compilations.Add(compilation);
            covered.UnionWith(compilation.SyntaxTrees.Select(t => Path.GetFullPath(t.Source.Path)));
        }

        foreach (var schema in files.Where(f => !f.EndsWith(".score", StringComparison.OrdinalIgnoreCase) && !covered.Contains(f)))
        {
            compilations.Add(Compilation.Create(SyntaxTree.Parse(Read(schema)), resolver));
        }

        return new SourceSet(files, compilations.ToImmutable());
    }

    private static Text.SourceText Read(string file)
    {
        try
        {
            return FileSourceResolver.Read(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserErrorException($"Cannot read '{file}': {e.Message}", e);
        }
    }
}
