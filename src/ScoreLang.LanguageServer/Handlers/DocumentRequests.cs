using ScoreLang.LanguageServer.Protocol;
using ScoreLang.LanguageServer.Workspace;

namespace ScoreLang.LanguageServer.Handlers;

/// <summary>
/// How every document request runs: the workspace snapshot is taken at once, while the request still holds its place
/// in message order (so it sees every edit sent before it), then the work moves to the thread pool so that edits
/// arriving meanwhile are not held up. A request for a document that is not open answers null.
/// </summary>
internal sealed class DocumentRequests(Workspace.Workspace workspace)
{
    public Workspace.Workspace Workspace => workspace;

    public Task<T?> RunAsync<T>(TextDocumentIdentifier? document, Func<DocumentContext, T?> compute, CancellationToken cancellationToken)
        where T : class
    {
        if (document?.Uri is null)
        {
            return Task.FromResult<T?>(null);
        }

        var snapshot = workspace.Snapshot;
        var path = DocumentPaths.ToPath(document.Uri);
        if (snapshot.Find(path) is null)
        {
            return Task.FromResult<T?>(null);
        }

        return Task.Run(
            () =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                return workspace.GetAnalysis(snapshot, path) is { } analysis
                    ? compute(new DocumentContext(analysis, snapshot, cancellationToken))
                    : null;
            },
            cancellationToken);
    }
}

/// <summary>What a handler works on: the document's analysis, the snapshot it belongs to, and the request's cancellation.</summary>
internal sealed record DocumentContext(DocumentAnalysis Analysis, WorkspaceSnapshot Snapshot, CancellationToken CancellationToken)
{
    public OpenDocument Document => Analysis.Document;

    public Text.SourceText Text => Analysis.Document.Text;

    public string UriOf(string path) => new UriMap(Snapshot).UriOf(path);
}
