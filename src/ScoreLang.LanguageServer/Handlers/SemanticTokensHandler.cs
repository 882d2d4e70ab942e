using ScoreLang.LanguageServer.Protocol;
using ScoreLang.Text;
using StreamJsonRpc;

namespace ScoreLang.LanguageServer.Handlers;

/// <summary>
/// <c>textDocument/semanticTokens/full</c>: the classified tokens of <see cref="SyntaxClassifier"/>, encoded as the
/// specification asks (five relative integers per token). A token spanning lines (a block comment) is split per line,
/// since clients need not support multi-line tokens.
/// </summary>
internal sealed class SemanticTokensHandler(DocumentRequests requests)
{
    public static SemanticTokensLegend Legend { get; } = new(SyntaxClassifier.TokenTypes, SyntaxClassifier.TokenModifiers);

    [JsonRpcMethod(Methods.TextDocumentSemanticTokensFull, UseSingleObjectParameterDeserialization = true)]
    public Task<SemanticTokens?> SemanticTokensFullAsync(SemanticTokensParams request, CancellationToken cancellationToken) =>
        requests.RunAsync(
            request?.TextDocument,
            context =>
                context.Analysis.Tree is { } tree ? new SemanticTokens(Encode(tree.Source, SyntaxClassifier.Classify(tree))) : null,
            cancellationToken);

    internal static List<int> Encode(SourceText text, IEnumerable<(TextSpan Span, int Type, int Modifiers)> tokens)
    {
        var data = new List<int>();
        int previousLine = 0, previousStart = 0;
        foreach (var (span, type, modifiers) in tokens.OrderBy(t => t.Span.Start))
        {
            foreach (var piece in SplitByLine(text, span))
            {
                var position = text.GetLinePosition(piece.Start);
                var deltaLine = position.Line - previousLine;
                var deltaStart = deltaLine == 0 ? position.Character - previousStart : position.Character;
                if (deltaLine < 0 || deltaStart < 0)
                {
                    continue; // overlapping spans: keep the first
                }

                data.AddRange([deltaLine, deltaStart, piece.Length, type, modifiers]);
                previousLine = position.Line;
                previousStart = position.Character;
            }
        }

        return data;
    }

    private static IEnumerable<TextSpan> SplitByLine(SourceText text, TextSpan span)
    {
        var startLine = text.GetLinePosition(span.Start).Line;
        var endLine = text.GetLinePosition(span.End).Line;
        for (var line = startLine; line <= endLine; line++)
        {
            var lineSpan = text.GetLineSpan(line);
            var start = Math.Max(lineSpan.Start, span.Start);
            var end = Math.Min(lineSpan.End, span.End);
            if (end > start)
            {
                yield return TextSpan.FromBounds(start, end);
            }
        }
    }
}
