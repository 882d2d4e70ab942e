using ScoreLang.LanguageServer.Protocol;
using ScoreLang.Syntax;
using ScoreLang.Text;
using StreamJsonRpc;

namespace ScoreLang.LanguageServer.Handlers;

/// <summary>
/// <c>textDocument/foldingRange</c>: every braced block that spans lines (records, events, scores, groups, thresholds,
/// tests and the blocks inside them), runs of line comments, multi-line block comments, and runs of imports. A block
/// folds up to the line before its closing brace, so the brace stays visible.
/// </summary>
internal sealed class FoldingRangeHandler(DocumentRequests requests)
{
    [JsonRpcMethod(Methods.TextDocumentFoldingRange, UseSingleObjectParameterDeserialization = true)]
    public Task<IReadOnlyList<FoldingRange>?> FoldingRangeAsync(FoldingRangeParams request, CancellationToken cancellationToken) =>
        requests.RunAsync<IReadOnlyList<FoldingRange>>(
            request?.TextDocument,
            context =>
                context.Analysis.Tree is { } tree ? Compute(tree) : null,
            cancellationToken);

    internal static IReadOnlyList<FoldingRange> Compute(SyntaxTree tree)
    {
        var text = tree.Source;
        var ranges = new List<FoldingRange>();
        foreach (var node in tree.Root.DescendantsAndSelf())
        {
            if (IsBlock(node) && Lines(text, node.Span) is var (start, end) && end > start)
            {
                ranges.Add(new FoldingRange(start, EndsWithBrace(text, node.Span) ? end - 1 : end));
            }
        }

        AddComments(tree, ranges);
        AddImports(tree, ranges);
        return [.. ranges.Where(r => r.EndLine > r.StartLine).DistinctBy(r => (r.StartLine, r.EndLine)).OrderBy(r => r.StartLine)];
    }

    private static bool IsBlock(SyntaxNode node) => node is RecordDeclarationSyntax or EventDeclarationSyntax or ScoreDeclarationSyntax
        or GroupDeclarationSyntax or ThresholdsSyntax or TestDeclarationSyntax or TestContactSyntax or OutputClauseSyntax or GivenSyntax
        or EnumTypeSyntax;

    private static (int Start, int End) Lines(SourceText text, TextSpan span) =>
        (text.GetLinePosition(span.Start).Line, text.GetLinePosition(span.End).Line);

    private static bool EndsWithBrace(SourceText text, TextSpan span) => span.Length > 0 && text.Text[span.End - 1] == '}';

    private static void AddComments(SyntaxTree tree, List<FoldingRange> ranges)
    {
        var text = tree.Source;
        (int Start, int End)? run = null;
        foreach (var trivia in tree.Tokens.SelectMany(t => t.LeadingTrivia.Concat(t.TrailingTrivia)))
        {
            if (trivia.Kind == TriviaKind.BlockComment && Lines(text, trivia.Span) is var (start, end) && end > start)
            {
                ranges.Add(new FoldingRange(start, end, Kind: FoldingRangeKind.Comment));
            }
            else if (trivia.Kind == TriviaKind.LineComment)
            {
                var line = text.GetLinePosition(trivia.Span.Start).Line;
                run = run is { } r && r.End == line - 1 ? (r.Start, line) : Flush(run, (line, line));
            }
        }

        Flush(run, null);

        (int, int)? Flush((int Start, int End)? current, (int, int)? next)
        {
            if (current is { } c && c.End > c.Start)
            {
                ranges.Add(new FoldingRange(c.Start, c.End, Kind: FoldingRangeKind.Comment));
            }

            return next;
        }
    }

    private static void AddImports(SyntaxTree tree, List<FoldingRange> ranges)
    {
        var imports = tree.Root.Declarations.OfType<ImportSyntax>().ToList();
        if (imports.Count < 2)
        {
            return;
        }

        var first = tree.Source.GetLinePosition(imports[0].Span.Start).Line;
        var last = tree.Source.GetLinePosition(imports[^1].Span.End).Line;
        ranges.Add(new FoldingRange(first, last, Kind: FoldingRangeKind.Imports));
    }
}
