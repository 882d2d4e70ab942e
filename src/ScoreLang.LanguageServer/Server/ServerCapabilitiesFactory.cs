using ScoreLang.LanguageServer.Handlers;
using ScoreLang.LanguageServer.Protocol;

namespace ScoreLang.LanguageServer.Server;

/// <summary>What the server announces in its <c>initialize</c> answer: every feature a handler implements.</summary>
internal static class ServerCapabilitiesFactory
{
    public static ServerCapabilities Create() => new(
        PositionEncoding: PositionEncodingKind.UTF16,
        TextDocumentSync: new TextDocumentSyncOptions(OpenClose: true, Change: TextDocumentSyncKind.Incremental, Save: new SaveOptions(IncludeText: false)),
        DocumentSymbolProvider: true,
        FoldingRangeProvider: true,
        SemanticTokensProvider: new SemanticTokensOptions(SemanticTokensHandler.Legend, Range: false, Full: true));
}
