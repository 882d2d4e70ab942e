using ScoreLang.LanguageServer.Protocol;
using ScoreLang.LanguageServer.Server;
using ScoreLang.LanguageServer.Workspace;
using StreamJsonRpc;

namespace ScoreLang.LanguageServer.Handlers;

/// <summary>
/// Keeps the workspace in step with the client: open, incremental change, close, save, and files changed on disk.
/// These run in message order (the connection's synchronization context) and do no analysis themselves; they only
/// schedule the debounced diagnostics.
/// </summary>
internal sealed class TextDocumentSyncHandler(Workspace.Workspace workspace, DiagnosticsPublisher diagnostics, ServerLog log)
{
    [JsonRpcMethod(Methods.TextDocumentDidOpen, UseSingleObjectParameterDeserialization = true)]
    public void DidOpen(DidOpenTextDocumentParams request)
    {
        if (request?.TextDocument?.Uri is null)
        {
            log.Warning("Ignored a didOpen without a document.");
            return;
        }

        var document = workspace.Open(request.TextDocument);
        diagnostics.Schedule(document.Path);
    }

    [JsonRpcMethod(Methods.TextDocumentDidChange, UseSingleObjectParameterDeserialization = true)]
    public void DidChange(DidChangeTextDocumentParams request)
    {
        if (request?.TextDocument?.Uri is null || request.ContentChanges is null)
        {
            log.Warning("Ignored a didChange without a document or changes.");
            return;
        }

        if (workspace.Change(request.TextDocument, request.ContentChanges) is { } document)
        {
            diagnostics.Schedule(document.Path);
        }
        else
        {
            log.Warning($"Ignored a change to {request.TextDocument.Uri}, which is not open.");
        }
    }

    [JsonRpcMethod(Methods.TextDocumentDidClose, UseSingleObjectParameterDeserialization = true)]
    public async Task DidCloseAsync(DidCloseTextDocumentParams request)
    {
        if (request?.TextDocument?.Uri is null || workspace.Close(request.TextDocument.Uri) is not { } document)
        {
            return;
        }

        // Score files importing it now read it from disk: check them again.
        diagnostics.Schedule(document.Path);
        await diagnostics.ClearAsync(document.Uri).ConfigureAwait(false);
    }

    [JsonRpcMethod(Methods.TextDocumentDidSave, UseSingleObjectParameterDeserialization = true)]
    public void DidSave(DidSaveTextDocumentParams request)
    {
        workspace.InvalidateDisk();
        if (request?.TextDocument?.Uri is { } uri)
        {
            diagnostics.Schedule(DocumentPaths.ToPath(uri));
        }
    }

    [JsonRpcMethod(Methods.WorkspaceDidChangeWatchedFiles, UseSingleObjectParameterDeserialization = true)]
    public void DidChangeWatchedFiles(DidChangeWatchedFilesParams request)
    {
        workspace.InvalidateDisk();
        foreach (var change in request?.Changes ?? [])
        {
            diagnostics.Schedule(DocumentPaths.ToPath(change.Uri));
        }
    }
}
