using ScoreLang.LanguageServer.Handlers;
using ScoreLang.LanguageServer.Protocol;

namespace ScoreLang.LanguageServer.Server;

/// <summary>What the server announces in its <c>initialize</c> answer: every feature a handler implements.</summary>
internal static class ServerCapabilitiesFactory
{
    public static ServerCapabilities Create() => new(
        PositionEncoding: PositionEncodingKind.UTF16,
        TextDocumentSync: new TextDocumentSyncOptions(OpenClose: true, Change: TextDocumentSyncKind.Incremental, Save: new SaveOptions(IncludeText: false)),
        HoverProvider: true,
        CompletionProvider: new CompletionOptions(CompletionHandler.TriggerCharacters),
        SignatureHelpProvider: new SignatureHelpOptions(SignatureHelpHandler.TriggerCharacters),
        DefinitionProvider: true,
        ReferencesProvider: true,
        DocumentSymbolProvider: true,
        CodeActionProvider: new CodeActionOptions([CodeActionKind.QuickFix]),
        CodeLensProvider: new CodeLensOptions(ResolveProvider: false),
        DocumentFormattingProvider: true,
        DocumentRangeFormattingProvider: true,
        RenameProvider: new RenameOptions(PrepareProvider: true),
        ExecuteCommandProvider: new ExecuteCommandOptions(ScoreLangCommands.All),
        FoldingRangeProvider: true,
        SemanticTokensProvider: new SemanticTokensOptions(SemanticTokensHandler.Legend, Range: false, Full: true));
}
