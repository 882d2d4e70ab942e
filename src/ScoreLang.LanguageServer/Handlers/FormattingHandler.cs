using ScoreLang.Formatting;
using ScoreLang.LanguageServer.Protocol;
using ScoreLang.LanguageServer.Server;
using ScoreLang.LanguageServer.Workspace;
using StreamJsonRpc;
using CoreFormattingOptions = ScoreLang.Formatting.FormattingOptions;
using FormattingOptions = ScoreLang.LanguageServer.Protocol.FormattingOptions;

namespace ScoreLang.LanguageServer.Handlers;

/// <summary>
/// <c>textDocument/formatting</c> and <c>textDocument/rangeFormatting</c> through the core formatter, as minimal edits.
/// The formatter leaves a file with syntax errors alone; the user is told why nothing happened.
/// </summary>
internal sealed class FormattingHandler(DocumentRequests requests, LanguageClient client)
{
    [JsonRpcMethod(Methods.TextDocumentFormatting, UseSingleObjectParameterDeserialization = true)]
    public Task<IReadOnlyList<TextEdit>?> FormattingAsync(DocumentFormattingParams request, CancellationToken cancellationToken) =>
        requests.RunAsync<IReadOnlyList<TextEdit>>(
            request?.TextDocument,
            context => context.Analysis.Tree is { } tree ? Edits(context, ScoreFormatter.Format(tree, Options(context, request?.Options))) : null,
            cancellationToken);

    [JsonRpcMethod(Methods.TextDocumentRangeFormatting, UseSingleObjectParameterDeserialization = true)]
    public Task<IReadOnlyList<TextEdit>?> RangeFormattingAsync(DocumentRangeFormattingParams request, CancellationToken cancellationToken) =>
        requests.RunAsync<IReadOnlyList<TextEdit>>(
            request?.TextDocument,
            context => context.Analysis.Tree is { } tree && request?.Range is { } range
                ? Edits(context, ScoreFormatter.FormatRange(tree, LspPositions.ToSpan(context.Text, range), Options(context, request.Options)))
                : null,
            cancellationToken);

    private List<TextEdit> Edits(DocumentContext context, FormatResult result)
    {
        if (result.Skipped)
        {
            _ = client.ShowMessageAsync(new ShowMessageParams(MessageType.Warning, result.Message ?? "The file was not formatted."));
            return [];
        }

        return [.. result.Changes.Select(c => new TextEdit(LspPositions.ToRange(context.Text, c.Span), c.NewText))];
    }

    /// <summary>The client's indent size when it indents with spaces, and the line ends the document already uses.</summary>
    private static CoreFormattingOptions Options(DocumentContext context, FormattingOptions? options)
    {
        var indent = options is { InsertSpaces: true, TabSize: > 0 and <= 8 } ? options.TabSize : CoreFormattingOptions.Default.IndentSize;
        var newLine = context.Text.Text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        return CoreFormattingOptions.Default with { IndentSize = indent, NewLine = newLine };
    }
}
