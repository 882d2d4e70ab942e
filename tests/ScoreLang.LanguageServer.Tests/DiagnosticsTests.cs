using ScoreLang.LanguageServer.Protocol;
using ScoreLang.LanguageServer.Tests.Infrastructure;
using Xunit;

namespace ScoreLang.LanguageServer.Tests;

public sealed class DiagnosticsTests
{
    private const string Uri = "file:///work/diagnostics/broken.score";

    [Fact]
    public async Task BrokenFile_PublishesSyntaxDiagnosticsWithCodesAndPreciseRanges()
    {
        await using var client = await LspTestClient.StartAsync();
        const string text = "score s for contact {\n  kind engagement\n  group g {\n    event call_started +\n  }\n}\n";

        await client.OpenAsync(Uri, text);
        var published = await client.WaitForDiagnosticsAsync(Uri, p => p.Version == 1);

        var diagnostic = Assert.Single(published.Diagnostics, d => d.Code!.StartsWith("SL1", StringComparison.Ordinal));
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("scorelang", diagnostic.Source);
        Assert.InRange(diagnostic.Range.Start.Line, 3, 4);
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message));
    }

    [Fact]
    public async Task IncrementalEditThatFixesTheFile_ClearsTheDiagnostics()
    {
        await using var client = await LspTestClient.StartAsync();
        const string broken = "record contact {\n  email string\n}\n";
        await client.OpenAsync(Uri, broken);
        var before = await client.WaitForDiagnosticsAsync(Uri, p => p.Version == 1);
        Assert.NotEmpty(before.Diagnostics);

        // Insert the missing colon after "email".
        var change = new TextDocumentContentChangeEvent(":", new Protocol.Range(new Position(1, 7), new Position(1, 7)));
        await client.NotifyAsync(Methods.TextDocumentDidChange, new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(Uri, 2), [change]));

        var after = await client.WaitForDiagnosticsAsync(Uri, p => p.Version == 2);
        Assert.Empty(after.Diagnostics);
    }

    [Fact]
    public async Task ClosingADocument_ClearsItsDiagnostics()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, "score {");
        await client.WaitForDiagnosticsAsync(Uri, p => p.Diagnostics.Count > 0);

        await client.NotifyAsync(Methods.TextDocumentDidClose, new DidCloseTextDocumentParams(new TextDocumentIdentifier(Uri)));

        var cleared = await client.WaitForDiagnosticsAsync(Uri, p => p.Version is null);
        Assert.Empty(cleared.Diagnostics);
    }

    [Fact]
    public async Task SampleFiles_HaveNoErrors()
    {
        await using var client = await LspTestClient.StartAsync();
        foreach (var name in new[] { "crm.schema", "lead-scoring.score" })
        {
            var uri = await client.OpenAsync(Samples.UriOf(name), Samples.Read(name));
            var published = await client.WaitForDiagnosticsAsync(uri, p => p.Version == 1);
            Assert.DoesNotContain(published.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        }
    }
}
