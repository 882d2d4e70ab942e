using System.Text.Json;

namespace ScoreLang.LanguageServer.Protocol;

// "Lifecycle Messages": initialize, initialized, shutdown, exit, and what the server announces it can do.

internal sealed record InitializeParams(
    int? ProcessId = null,
    ClientInfo? ClientInfo = null,
    string? Locale = null,
    string? RootPath = null,
    string? RootUri = null,
    ClientCapabilities? Capabilities = null,
    JsonElement? InitializationOptions = null,
    string? Trace = null,
    IReadOnlyList<WorkspaceFolder>? WorkspaceFolders = null);

internal sealed record ClientInfo(string Name, string? Version = null);

/// <summary>
/// What the client supports. The server adapts to nothing in it yet, so the parts stay raw JSON rather than a
/// hundred types nobody reads.
/// </summary>
internal sealed record ClientCapabilities(
    JsonElement? Workspace = null,
    JsonElement? TextDocument = null,
    JsonElement? Window = null,
    JsonElement? General = null,
    JsonElement? Experimental = null);

internal sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo? ServerInfo = null);

internal sealed record ServerInfo(string Name, string? Version = null);

internal sealed record InitializedParams;

internal sealed record ServerCapabilities(
    string? PositionEncoding = null,
    TextDocumentSyncOptions? TextDocumentSync = null,
    bool? HoverProvider = null,
    CompletionOptions? CompletionProvider = null,
    SignatureHelpOptions? SignatureHelpProvider = null,
    bool? DefinitionProvider = null,
    bool? ReferencesProvider = null,
    bool? DocumentHighlightProvider = null,
    bool? DocumentSymbolProvider = null,
    CodeActionOptions? CodeActionProvider = null,
    CodeLensOptions? CodeLensProvider = null,
    bool? DocumentFormattingProvider = null,
    bool? DocumentRangeFormattingProvider = null,
    RenameOptions? RenameProvider = null,
    bool? FoldingRangeProvider = null,
    ExecuteCommandOptions? ExecuteCommandProvider = null,
    SemanticTokensOptions? SemanticTokensProvider = null);

/// <summary>The only position encoding the server speaks: UTF-16 code units, which is what .NET strings count.</summary>
internal static class PositionEncodingKind
{
    public const string UTF16 = "utf-16";
}

internal sealed record SetTraceParams(string Value);
