using ScoreLang.LanguageServer.Protocol;
using ScoreLang.LanguageServer.Workspace;
using ScoreLang.Semantics;
using StreamJsonRpc;
using CoreCompletionItem = ScoreLang.Semantics.CompletionItem;
using CompletionItem = ScoreLang.LanguageServer.Protocol.CompletionItem;

namespace ScoreLang.LanguageServer.Handlers;

/// <summary>
/// <c>textDocument/completion</c>: what the semantic model says is valid at the caret (keywords of the context, record
/// types, properties of the right record, event types, attributes, enum members, list names, groups, labels). Names
/// come before keywords; the client filters by what is typed.
/// </summary>
internal sealed class CompletionHandler(DocumentRequests requests)
{
    public static IReadOnlyList<string> TriggerCharacters { get; } = [".", "["];

    [JsonRpcMethod(Methods.TextDocumentCompletion, UseSingleObjectParameterDeserialization = true)]
    public Task<CompletionList?> CompletionAsync(CompletionParams request, CancellationToken cancellationToken) =>
        requests.RunAsync(
            request?.TextDocument,
            context => request?.Position is { } position ? Compute(context, position) : null,
            cancellationToken);

    private static CompletionList? Compute(DocumentContext context, Position position)
    {
        if (context.Analysis.Model is not { } model)
        {
            return null;
        }

        var offset = LspPositions.ToOffset(context.Text, position);
        var items = model.CompletionsAt(offset).Select(ToLsp).ToList();
        return new CompletionList(IsIncomplete: false, items);
    }

    private static CompletionItem ToLsp(CoreCompletionItem item) => new(
        item.Label,
        Kind(item.Kind),
        item.Detail,
        SortText: (item.Kind == CompletionKind.Keyword ? "1_" : "0_") + item.Label);

    private static CompletionItemKind Kind(CompletionKind kind) => kind switch
    {
        CompletionKind.Keyword => CompletionItemKind.Keyword,
        CompletionKind.RecordType => CompletionItemKind.Struct,
        CompletionKind.Property => CompletionItemKind.Property,
        CompletionKind.EventType => CompletionItemKind.Event,
        CompletionKind.Attribute => CompletionItemKind.Field,
        CompletionKind.List => CompletionItemKind.Variable,
        CompletionKind.EnumMember => CompletionItemKind.EnumMember,
        CompletionKind.Group => CompletionItemKind.Module,
        CompletionKind.Score => CompletionItemKind.Class,
        CompletionKind.Label => CompletionItemKind.Constant,
        CompletionKind.Unit => CompletionItemKind.Unit,
        _ => CompletionItemKind.Value,
    };
}
