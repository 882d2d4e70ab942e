using System.Collections.Immutable;
using ScoreLang.LanguageServer.Server;
using ScoreLang.Semantics;
using ScoreLang.Syntax;
using CoreDiagnostic = ScoreLang.Diagnostics.Diagnostic;

namespace ScoreLang.LanguageServer.Workspace;

/// <summary>
/// Runs the front end on one document of a snapshot: parse, then compile with its imports (read from the snapshot's
/// open documents first, then the disk). A failure inside the front end is logged and degrades the analysis (no
/// compilation, or not even a tree) instead of failing requests: the server keeps serving.
/// </summary>
internal sealed class DocumentAnalyzer(ISourceResolver disk, ServerLog log)
{
    public DocumentAnalysis Analyze(WorkspaceSnapshot snapshot, OpenDocument document)
    {
        var resolver = new SnapshotSourceResolver(snapshot, disk);
        SyntaxTree? tree = null;
        Compilation? compilation = null;
        var diagnostics = ImmutableArray<CoreDiagnostic>.Empty;
        try
        {
            tree = SyntaxTree.Parse(document.Text);
            diagnostics = tree.Diagnostics;
            compilation = Compilation.Create(tree, resolver);
            diagnostics = compilation.GetDiagnostics(tree);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            log.Error($"Analysing {document.Uri} failed ({(tree is null ? "parsing" : "binding")}): {e}");
        }

        var inputs = resolver.Reads.SetItem(document.Path, document.Stamp);
        return new DocumentAnalysis(document, tree, compilation, diagnostics, inputs);
    }
}
