using System.Collections.Immutable;
using ScoreLang.LanguageServer.Server;
using ScoreLang.Semantics;
using ScoreLang.Syntax;
using CoreDiagnostic = ScoreLang.Diagnostics.Diagnostic;

namespace ScoreLang.LanguageServer.Workspace;

/// <summary>
/// Runs the front end on one document of a snapshot. A failure inside the front end is logged and yields an analysis
/// without a tree: the document gets no features until the next edit, and the server keeps serving.
/// </summary>
internal sealed class DocumentAnalyzer(ISourceResolver disk, ServerLog log)
{
    public DocumentAnalysis Analyze(WorkspaceSnapshot snapshot, OpenDocument document)
    {
        var resolver = new SnapshotSourceResolver(snapshot, disk);
        SyntaxTree? tree = null;
        var diagnostics = ImmutableArray<CoreDiagnostic>.Empty;
        try
        {
            tree = SyntaxTree.Parse(document.Text);
            diagnostics = tree.Diagnostics;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            log.Error($"Analysing {document.Uri} failed: {e}");
        }

        var inputs = resolver.Reads.SetItem(document.Path, document.Stamp);
        return new DocumentAnalysis(document, tree, diagnostics, inputs);
    }
}
