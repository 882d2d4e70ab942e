using ScoreLang.LanguageServer.Handlers;
using ScoreLang.LanguageServer.Protocol;
using ScoreLang.LanguageServer.Tests.Infrastructure;
using Xunit;

namespace ScoreLang.LanguageServer.Tests;

/// <summary>Outline, folding and semantic tokens: features read from the syntax tree.</summary>
public sealed class SyntaxFeatureTests
{
    [Fact]
    public async Task DocumentSymbols_OutlineScoresWithGroupsRulesThresholdsAndTests()
    {
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync(Samples.UriOf("lead-scoring.score"), Samples.Read("lead-scoring.score"));

        var symbols = await client.RequestAsync<List<DocumentSymbol>>(Methods.TextDocumentDocumentSymbol, new DocumentSymbolParams(new TextDocumentIdentifier(uri)));

        var engagement = Assert.Single(symbols, s => s.Name == "contact_engagement");
        Assert.Equal(SymbolKind.Class, engagement.Kind);
        var children = engagement.Children!.Select(c => c.Name).ToList();
        Assert.Contains("sales", children);
        Assert.Contains("marketing", children);
        Assert.Contains("thresholds", children);
        Assert.Contains("books a meeting, opens two emails, clicks three links", children);
        var sales = engagement.Children!.Single(c => c.Name == "sales");
        Assert.Equal(["event call_started +15", "event meeting_booked +10", "event meeting_completed +20"], sales.Children!.Select(r => r.Name));
        Assert.True(Contains(sales.Range, sales.SelectionRange));
    }

    [Fact]
    public async Task DocumentSymbols_OutlineTheSchema()
    {
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync(Samples.UriOf("crm.schema"), Samples.Read("crm.schema"));

        var symbols = await client.RequestAsync<List<DocumentSymbol>>(Methods.TextDocumentDocumentSymbol, new DocumentSymbolParams(new TextDocumentIdentifier(uri)));

        var contact = Assert.Single(symbols, s => s.Name == "contact");
        Assert.Equal(SymbolKind.Struct, contact.Kind);
        Assert.Contains(contact.Children!, p => p.Name == "job_title" && p.Detail == "string");
        Assert.Contains(symbols, s => s.Name == "form_submitted" && s.Kind == SymbolKind.Event);
        Assert.Contains(symbols, s => s.Name == "employees" && s.Kind == SymbolKind.Array);
    }

    [Fact]
    public async Task FoldingRanges_FoldBlocksButKeepTheClosingBraceVisible()
    {
        await using var client = await LspTestClient.StartAsync();
        const string text = "// one\n// two\nscore s for contact {\n  group g {\n    event a +1\n  }\n}\n";
        var uri = await client.OpenAsync("file:///work/folding.score", text);

        var ranges = await client.RequestAsync<List<FoldingRange>>(Methods.TextDocumentFoldingRange, new FoldingRangeParams(new TextDocumentIdentifier(uri)));

        Assert.Contains(ranges, r => r is { StartLine: 0, EndLine: 1, Kind: FoldingRangeKind.Comment });
        Assert.Contains(ranges, r => r is { StartLine: 2, EndLine: 5, Kind: null });
        Assert.Contains(ranges, r => r is { StartLine: 3, EndLine: 4 });
    }

    [Fact]
    public async Task SemanticTokens_ClassifyDeclarationsReferencesKeywordsAndComments()
    {
        await using var client = await LspTestClient.StartAsync();
        const string text = "record contact {\n  score: number // a property named like a keyword\n}\n";
        var uri = await client.OpenAsync("file:///work/tokens.schema", text);

        var tokens = await client.RequestAsync<SemanticTokens>(Methods.TextDocumentSemanticTokensFull, new SemanticTokensParams(new TextDocumentIdentifier(uri)));

        var decoded = Decode(tokens.Data);
        var legend = SemanticTokensHandler.Legend.TokenTypes;
        Assert.Equal(
            [("record", "keyword"), ("contact", "type"), ("score", "property"), ("number", "type"), ("// a property named like a keyword", "comment")],
            decoded.Select(t => (TextPositions.LineText(text, t.Line).Substring(t.Character, t.Length), legend[t.Type])));
        Assert.Equal(SyntaxClassifier.Declaration, decoded[1].Modifiers);
    }

    private static List<(int Line, int Character, int Length, int Type, int Modifiers)> Decode(IReadOnlyList<int> data)
    {
        var result = new List<(int, int, int, int, int)>();
        int line = 0, character = 0;
        for (var i = 0; i < data.Count; i += 5)
        {
            line += data[i];
            character = data[i] == 0 ? character + data[i + 1] : data[i + 1];
            result.Add((line, character, data[i + 2], data[i + 3], data[i + 4]));
        }

        return result;
    }

    private static bool Contains(Protocol.Range outer, Protocol.Range inner) =>
        (outer.Start.Line, outer.Start.Character).CompareTo((inner.Start.Line, inner.Start.Character)) <= 0
        && (outer.End.Line, outer.End.Character).CompareTo((inner.End.Line, inner.End.Character)) >= 0;
}
