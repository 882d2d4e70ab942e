using ScoreLang.Semantics;
using ScoreLang.Text;

namespace ScoreLang.LanguageServer.Workspace;

/// <summary>One place a symbol is written, in any file.</summary>
internal sealed record FoundReference(string Path, SourceText Source, TextSpan Span, bool IsDeclaration);

/// <summary>
/// Finds every reference to a symbol across files, for find references and rename: in the compilation of the
/// document asked about, in every other open document, and in the score and schema files of the workspace folder that
/// are not open (read from disk), since renaming a schema property must also rename its uses in closed score files.
/// </summary>
internal sealed class ReferenceFinder(Workspace workspace, WorkspaceFiles files)
{
    public IReadOnlyList<FoundReference> Find(DocumentAnalysis origin, Symbol symbol, WorkspaceSnapshot snapshot, CancellationToken cancellationToken)
    {
        if (origin.Model is not { } model || SymbolIdentity.Of(symbol, model.Compilation.Program) is not { } identity)
        {
            return [];
        }

        var found = new Dictionary<(string, int), FoundReference>();
        Collect(model, symbol, found);
        var analyses = snapshot.Documents.Keys
            .Where(path => path != origin.Document.Path)
            .Select(path => workspace.GetAnalysis(snapshot, path))
            .Concat(files.AnalyseClosedFiles(snapshot, cancellationToken));
        foreach (var analysis in analyses)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (analysis?.Model is { } other && identity.FindIn(other.Compilation.Program) is { } same)
            {
                Collect(other, same, found);
            }
        }

        return [.. found.Values.OrderBy(r => r.Path, StringComparer.Ordinal).ThenBy(r => r.Span.Start)];
    }

    private static void Collect(SemanticModel model, Symbol symbol, Dictionary<(string, int), FoundReference> found)
    {
        foreach (var reference in model.ReferencesOf(symbol))
        {
            var source = reference.SyntaxTree.Source;
            found.TryAdd((source.Path, reference.Span.Start), new FoundReference(source.Path, source, reference.Span, reference.IsDeclaration));
        }
    }
}
