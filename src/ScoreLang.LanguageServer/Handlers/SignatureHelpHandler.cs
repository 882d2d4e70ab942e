using ScoreLang.LanguageServer.Protocol;
using ScoreLang.LanguageServer.Workspace;
using ScoreLang.Syntax;
using StreamJsonRpc;

namespace ScoreLang.LanguageServer.Handlers;

/// <summary>
/// <c>textDocument/signatureHelp</c> where a clause has a shape to remember: after <c>decay</c> the three decay forms,
/// after <c>count</c> the range forms, after <c>within</c>, <c>between</c> and <c>limit</c> what follows. The clause is
/// the nearest of these words before the caret on the same line.
/// </summary>
internal sealed class SignatureHelpHandler(DocumentRequests requests)
{
    public static IReadOnlyList<string> TriggerCharacters { get; } = [" "];

    private static readonly Dictionary<string, SignatureInformation[]> Signatures = new(StringComparer.Ordinal)
    {
        ["decay"] =
        [
            Signature("decay <percent>% every <duration>", "Stepped (S19): the points drop by the percentage at each whole period. `decay 50% every 1 month`: 10 → 5 → 0."),
            Signature("decay <percent>% over <duration>", "Linear, day by day: `decay 100% over 3 months` reaches 0 after 3 months."),
            Signature("decay half-life <duration>", "Continuous: the points halve every period and never quite reach 0."),
        ],
        ["count"] = [Signature("count <from>..<to> | count <from>.. | count <n>", "The points once when the number of matching events is in the range (not cumulative, S12).")],
        ["within"] = [Signature("within last <duration>", "Only events of the last days, weeks, months or years count.")],
        ["between"] = [Signature("<value> between <low> and <high>", "Inclusive on both ends.")],
        ["limit"] = [Signature("limit <points> | limit <percent>%", "The most points the score or group contributes (S13, S14); a group limit may be a share of the score's limit (S33).")],
    };

    [JsonRpcMethod(Methods.TextDocumentSignatureHelp, UseSingleObjectParameterDeserialization = true)]
    public Task<SignatureHelp?> SignatureHelpAsync(SignatureHelpParams request, CancellationToken cancellationToken) =>
        requests.RunAsync(
            request?.TextDocument,
            context => request?.Position is { } position ? Compute(context, position) : null,
            cancellationToken);

    private static SignatureHelp? Compute(DocumentContext context, Position position)
    {
        if (context.Analysis.Tree is not { } tree)
        {
            return null;
        }

        var offset = LspPositions.ToOffset(context.Text, position);
        var line = context.Text.GetLinePosition(offset).Line;
        var lineStart = context.Text.GetLineSpan(line).Start;
        var tokens = tree.Tokens;
        var index = LastTokenBefore(tokens, offset);
        for (var i = index; i >= 0 && tokens[i].Span.Start >= lineStart; i--)
        {
            if (tokens[i].Kind == TokenKind.Identifier && Signatures.TryGetValue(tokens[i].Text, out var signatures))
            {
                return new SignatureHelp(signatures, ActiveSignature: 0);
            }
        }

        return null;
    }

    /// <summary>The index of the last token ending at or before <paramref name="offset"/> (binary search: files can be large).</summary>
    private static int LastTokenBefore(IReadOnlyList<SyntaxToken> tokens, int offset)
    {
        int low = 0, high = tokens.Count - 1, found = -1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            if (tokens[middle].Span.End <= offset)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found;
    }

    private static SignatureInformation Signature(string label, string documentation) =>
        new(label, new MarkupContent(MarkupKind.Markdown, documentation));
}
