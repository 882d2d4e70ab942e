namespace ScoreLang.LanguageServer.Protocol;

// "Text Document Synchronization": the client owns the text of open documents and sends every change.

internal enum TextDocumentSyncKind
{
    None = 0,
    Full = 1,
    Incremental = 2,
}

internal sealed record SaveOptions(bool? IncludeText = null);

internal sealed record TextDocumentSyncOptions(bool? OpenClose, TextDocumentSyncKind? Change, SaveOptions? Save = null);

internal sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

/// <summary>
/// One change: with a <see cref="Range"/>, <see cref="Text"/> replaces that range; without one, it is the whole new
/// text. Changes of one notification apply in order, each to the result of the previous one.
/// </summary>
internal sealed record TextDocumentContentChangeEvent(string Text, Range? Range = null, int? RangeLength = null);

internal sealed record DidChangeTextDocumentParams(
    VersionedTextDocumentIdentifier TextDocument,
    IReadOnlyList<TextDocumentContentChangeEvent> ContentChanges);

internal sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);

internal sealed record DidSaveTextDocumentParams(TextDocumentIdentifier TextDocument, string? Text = null);

internal enum FileChangeType
{
    Created = 1,
    Changed = 2,
    Deleted = 3,
}

internal sealed record FileEvent(string Uri, FileChangeType Type);

internal sealed record DidChangeWatchedFilesParams(IReadOnlyList<FileEvent> Changes);
