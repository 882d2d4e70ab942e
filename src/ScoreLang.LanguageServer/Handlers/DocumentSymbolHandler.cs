using ScoreLang.LanguageServer.Protocol;
using ScoreLang.LanguageServer.Workspace;
using ScoreLang.Syntax;
using ScoreLang.Text;
using StreamJsonRpc;

namespace ScoreLang.LanguageServer.Handlers;

/// <summary>
/// <c>textDocument/documentSymbol</c>: the outline. Records with their properties, event types with their attributes,
/// lists, and scores with their groups (and rules), thresholds and tests. Read from the syntax tree alone, so the
/// outline stays right while the file does not bind.
/// </summary>
internal sealed class DocumentSymbolHandler(DocumentRequests requests)
{
    [JsonRpcMethod(Methods.TextDocumentDocumentSymbol, UseSingleObjectParameterDeserialization = true)]
    public Task<IReadOnlyList<DocumentSymbol>?> DocumentSymbolAsync(DocumentSymbolParams request, CancellationToken cancellationToken) =>
        requests.RunAsync<IReadOnlyList<DocumentSymbol>>(
            request?.TextDocument,
            context =>
                context.Analysis.Tree is { } tree ? [.. tree.Root.Declarations.Select(d => Declaration(context.Text, d)).OfType<DocumentSymbol>()] : null,
            cancellationToken);

    private static DocumentSymbol? Declaration(SourceText text, DeclarationSyntax declaration) => declaration switch
    {
        RecordDeclarationSyntax record => Symbol(text, record, record.Name, SymbolKind.Struct, record.Description?.Value,
            [.. record.Properties.Select(p => Property(text, p))]),
        EventDeclarationSyntax eventType => Symbol(text, eventType, eventType.Name, SymbolKind.Event, $"on {eventType.RecordType.Text}",
            [.. eventType.Attributes.Select(a => Property(text, a))]),
        ListDeclarationSyntax list => Symbol(text, list, list.Name, SymbolKind.Array, $"of {list.RecordType.Text}", null),
        ScoreDeclarationSyntax score => Symbol(text, score, score.Name, SymbolKind.Class, $"for {score.RecordType.Text}",
            [.. score.Members.Select(m => ScoreMember(text, m)).OfType<DocumentSymbol>()]),
        _ => null,
    };

    private static DocumentSymbol Property(SourceText text, PropertyDeclarationSyntax property) =>
        Symbol(text, property, property.Name, SymbolKind.Property, text.ToString(property.Type.Span), null);

    private static DocumentSymbol? ScoreMember(SourceText text, ScoreMemberSyntax member) => member switch
    {
        GroupDeclarationSyntax group => Symbol(text, group, group.Name, SymbolKind.Namespace, group.Title?.Value,
            [.. group.Rules.Where(r => r is not ErrorRuleSyntax).Select(r => Rule(text, r))]),
        ThresholdsSyntax thresholds => new DocumentSymbol(
            thresholds.Part is { IsMissing: false } part ? $"thresholds {part.Text}" : "thresholds",
            SymbolKind.Enum,
            LspPositions.ToRange(text, thresholds.Span),
            LspPositions.ToRange(text, new TextSpan(thresholds.Span.Start, 0)),
            Children: [.. thresholds.Bands.Select(b => new DocumentSymbol(
                NameOrPlaceholder(b.Label), SymbolKind.EnumMember, LspPositions.ToRange(text, b.Span), LspPositions.ToRange(text, b.LabelSpan), text.ToString(b.Range.Span)))]),
        TestDeclarationSyntax test => new DocumentSymbol(
            NameOrPlaceholder(test.Name.Value),
            SymbolKind.Function,
            LspPositions.ToRange(text, test.Span),
            LspPositions.ToRange(text, test.Name.Span),
            "test"),
        _ => null,
    };

    private static DocumentSymbol Rule(SourceText text, RuleSyntax rule)
    {
        var range = LspPositions.ToRange(text, rule.Span);
        return new DocumentSymbol(OneLine(text.ToString(rule.Span)), SymbolKind.Method, range, range);
    }

    private static DocumentSymbol Symbol(SourceText text, SyntaxNode node, IdentifierSyntax name, SymbolKind kind, string? detail, IReadOnlyList<DocumentSymbol>? children) =>
        new(
            NameOrPlaceholder(name.Text),
            kind,
            LspPositions.ToRange(text, node.Span),
            LspPositions.ToRange(text, name.IsMissing ? new TextSpan(node.Span.Start, 0) : name.Span),
            detail,
            children);

    /// <summary>LSP forbids empty symbol names; a name the parser found missing still gets an outline entry.</summary>
    private static string NameOrPlaceholder(string name) => string.IsNullOrWhiteSpace(name) ? "(unnamed)" : name;

    private static string OneLine(string text)
    {
        var line = string.Join(' ', text.Split(['\r', '\n', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return line.Length <= 80 ? NameOrPlaceholder(line) : line[..77] + "...";
    }
}
