using ScoreLang.LanguageServer.Protocol;
using ScoreLang.LanguageServer.Workspace;
using StreamJsonRpc;

namespace ScoreLang.LanguageServer.Handlers;

/// <summary>
/// <c>textDocument/codeAction</c>: the quick fixes diagnostics suggest ("did you mean 'job_title'?"). The fixes are
/// read from the server's own analysis of the current text, not from what the client sends back, so a stale client
/// cannot make the server apply a fix to the wrong place.
/// </summary>
internal sealed class CodeActionHandler(DocumentRequests requests)
{
    [JsonRpcMethod(Methods.TextDocumentCodeAction, UseSingleObjectParameterDeserialization = true)]
    public Task<IReadOnlyList<CodeAction>?> CodeActionAsync(CodeActionParams request, CancellationToken cancellationToken) =>
        requests.RunAsync<IReadOnlyList<CodeAction>>(
            request?.TextDocument,
            context => request?.Range is { } range ? Compute(context, range, request.Context?.Only) : null,
            cancellationToken);

    private static List<CodeAction> Compute(DocumentContext context, Protocol.Range range, IReadOnlyList<string>? only)
    {
        if (only is not null && !only.Any(kind => CodeActionKind.QuickFix.StartsWith(kind, StringComparison.Ordinal)))
        {
            return [];
        }

        var requested = LspPositions.ToSpan(context.Text, range);
        var actions = new List<CodeAction>();
        foreach (var diagnostic in context.Analysis.Diagnostics)
        {
            if (diagnostic.Fix is not { } fix || diagnostic.Location.Path != context.Document.Path
                || !(diagnostic.Location.Span.OverlapsWith(requested) || diagnostic.Location.Span.ContainsOrTouches(requested.Start)))
            {
                continue;
            }

            var lsp = DiagnosticConverter.ToLsp(diagnostic, context.UriOf);
            var edit = new TextEdit(lsp.Range, fix);
            actions.Add(new CodeAction(
                $"Change to '{fix}'",
                CodeActionKind.QuickFix,
                [lsp],
                IsPreferred: true,
                Edit: new WorkspaceEdit(new Dictionary<string, IReadOnlyList<TextEdit>> { [context.Document.Uri] = [edit] })));
        }

        return actions;
    }
}
