using ScoreLang.LanguageServer.Protocol;
using ScoreLang.LanguageServer.Workspace;
using StreamJsonRpc;

namespace ScoreLang.LanguageServer.Handlers;

/// <summary><c>textDocument/references</c>: every use of the name under the caret, across files (see <see cref="ReferenceFinder"/>).</summary>
internal sealed class ReferencesHandler(DocumentRequests requests, ReferenceFinder finder)
{
    [JsonRpcMethod(Methods.TextDocumentReferences, UseSingleObjectParameterDeserialization = true)]
    public Task<IReadOnlyList<Location>?> ReferencesAsync(ReferenceParams request, CancellationToken cancellationToken) =>
        requests.RunAsync<IReadOnlyList<Location>>(
            request?.TextDocument,
            context => request?.Position is { } position ? Compute(context, position, request.Context?.IncludeDeclaration ?? true) : null,
            cancellationToken);

    private IReadOnlyList<Location>? Compute(DocumentContext context, Position position, bool includeDeclaration)
    {
        if (context.Analysis.Model is not { } model || model.SymbolAt(LspPositions.ToOffset(context.Text, position)) is not { } reference)
        {
            return null;
        }

        return [.. finder.Find(context.Analysis, reference.Symbol, context.Snapshot, context.CancellationToken)
            .Where(r => includeDeclaration || !r.IsDeclaration)
            .Select(r => new Location(context.UriOf(r.Path), LspPositions.ToRange(r.Source, r.Span)))];
    }
}
