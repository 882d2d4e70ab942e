namespace ScoreLang.LanguageServer.Protocol;

/// <summary>The method names of the messages the server handles or sends, as the specification spells them.</summary>
internal static class Methods
{
    public const string Initialize = "initialize";
    public const string Initialized = "initialized";
    public const string Shutdown = "shutdown";
    public const string Exit = "exit";
    public const string SetTrace = "$/setTrace";
    public const string CancelRequest = "$/cancelRequest";

    public const string TextDocumentDidOpen = "textDocument/didOpen";
    public const string TextDocumentDidChange = "textDocument/didChange";
    public const string TextDocumentDidClose = "textDocument/didClose";
    public const string TextDocumentDidSave = "textDocument/didSave";
    public const string WorkspaceDidChangeWatchedFiles = "workspace/didChangeWatchedFiles";
    public const string TextDocumentPublishDiagnostics = "textDocument/publishDiagnostics";

    public const string TextDocumentHover = "textDocument/hover";
    public const string TextDocumentSignatureHelp = "textDocument/signatureHelp";
    public const string TextDocumentCompletion = "textDocument/completion";
    public const string TextDocumentDefinition = "textDocument/definition";
    public const string TextDocumentReferences = "textDocument/references";
    public const string TextDocumentPrepareRename = "textDocument/prepareRename";
    public const string TextDocumentRename = "textDocument/rename";
    public const string TextDocumentDocumentSymbol = "textDocument/documentSymbol";
    public const string TextDocumentFoldingRange = "textDocument/foldingRange";
    public const string TextDocumentFormatting = "textDocument/formatting";
    public const string TextDocumentRangeFormatting = "textDocument/rangeFormatting";
    public const string TextDocumentSemanticTokensFull = "textDocument/semanticTokens/full";
    public const string TextDocumentCodeAction = "textDocument/codeAction";
    public const string TextDocumentCodeLens = "textDocument/codeLens";
    public const string WorkspaceExecuteCommand = "workspace/executeCommand";

    public const string WindowLogMessage = "window/logMessage";
    public const string WindowShowMessage = "window/showMessage";
}
