using ScoreLang.LanguageServer.Protocol;
using ScoreLang.LanguageServer.Workspace;
using StreamJsonRpc;

namespace ScoreLang.LanguageServer.Handlers;

/// <summary><c>textDocument/definition</c>: where the name under the caret is declared, in this file or an imported one.</summary>
internal sealed class DefinitionHandler(DocumentRequests requests)
{
    [JsonRpcMethod(Methods.TextDocumentDefinition, UseSingleObjectParameterDeserialization = true)]
    public Task<IReadOnlyList<Location>?> DefinitionAsync(DefinitionParams request, CancellationToken cancellationToken) =>
        requests.RunAsync<IReadOnlyList<Location>>(
            request?.TextDocument,
            context => request?.Position is { } position ? Compute(context, position) : null,
            cancellationToken);

    private static IReadOnlyList<Location>? Compute(DocumentContext context, Position position)
    {
        if (context.Analysis.Model is not { } model || model.SymbolAt(LspPositions.ToOffset(context.Text, position)) is not { } reference)
        {
            return null;
        }

        // The declaring occurrence is the name itself; the symbol's location may cover the whole declaration.
        var declaration = model.ReferencesOf(reference.Symbol).FirstOrDefault(r => r.IsDeclaration);
        var location = declaration?.Location ?? reference.Symbol.Location;
        return location is { } found
            ? [new Location(context.UriOf(found.Path), LspPositions.ToRange(found.Source, found.Span))]
            : [];
    }
}
