using System.Text.Json.Nodes;
using ScoreLang.LanguageServer.Protocol;
using ScoreLang.LanguageServer.Tests.Infrastructure;
using StreamJsonRpc;
using Xunit;

namespace ScoreLang.LanguageServer.Tests;

/// <summary>Whatever arrives, the server answers or ignores it, and keeps serving.</summary>
public sealed class RobustnessTests
{
    [Fact]
    public async Task GarbageBytes_AreSkipped_AndTheNextRequestIsAnswered()
    {
        await using var connection = RawLspConnection.Start();
        await connection.InitializeAsync();

        await connection.WriteRawAsync([0x00, 0xFF, 0xFE, 0x13, 0x37, (byte)'\n', (byte)'x', (byte)'\r', (byte)'\n']);
        await connection.WriteRawAsync(new byte[20_000]);
        await connection.WriteRawAsync("no header here\r\n\r\nContent-Length: banana\r\n\r\n");
        await connection.RequestAsync(7, "shutdown");

        var response = await connection.ReadResponseAsync(7);
        Assert.Null(response["error"]);
    }

    [Fact]
    public async Task BodyThatIsNotJson_IsIgnored_AndTheServerKeepsServing()
    {
        await using var connection = RawLspConnection.Start();
        await connection.InitializeAsync();

        await connection.SendAsync("{\"jsonrpc\": \"2.0\", \"id\": 3, \"method\": ");
        await connection.SendAsync("[1, 2, 3]");
        await connection.SendAsync("{\"jsonrpc\": \"2.0\", \"id\": 99, \"result\": null}");
        await connection.RequestAsync(4, "shutdown");

        Assert.Null((await connection.ReadResponseAsync(4))["error"]);
    }

    [Fact]
    public async Task RequestWithAMalformedShape_GetsInvalidRequest()
    {
        await using var connection = RawLspConnection.Start();
        await connection.InitializeAsync();

        await connection.SendAsync("{\"jsonrpc\": \"2.0\", \"id\": 5, \"method\": 42}");
        await connection.SendAsync("{\"jsonrpc\": \"2.0\", \"id\": 6, \"method\": \"textDocument/hover\", \"params\": 17}");

        Assert.Equal(ErrorCodes.InvalidRequest, (int)(await connection.ReadResponseAsync(5))["error"]!["code"]!);
        Assert.Equal(ErrorCodes.InvalidRequest, (int)(await connection.ReadResponseAsync(6))["error"]!["code"]!);
    }

    [Fact]
    public async Task RequestWithParametersOfTheWrongType_GetsAnError_AndTheServerKeepsServing()
    {
        await using var connection = RawLspConnection.Start();
        await connection.InitializeAsync();

        await connection.SendAsync("{\"jsonrpc\": \"2.0\", \"method\": \"textDocument/didOpen\", \"params\": {\"textDocument\": 5}}");
        await connection.SendAsync("{\"jsonrpc\": \"2.0\", \"id\": 8, \"method\": \"initialize\", \"params\": {\"processId\": \"not a number\"}}");
        await connection.RequestAsync(9, "shutdown");

        Assert.NotNull((await connection.ReadResponseAsync(8))["error"]);
        Assert.Null((await connection.ReadResponseAsync(9))["error"]);
    }

    [Fact]
    public async Task UnknownMethod_GetsMethodNotFound_AndUnknownNotificationsAreIgnored()
    {
        await using var client = await LspTestClient.StartAsync();

        await client.NotifyAsync("$/somethingTheServerDoesNotKnow", new { });
        var error = await Assert.ThrowsAsync<RemoteMethodNotFoundException>(() =>
            client.RequestAsync<object>("textDocument/doesNotExist", new { }));

        Assert.Equal(ErrorCodes.MethodNotFound, (int)error.ErrorCode);
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task DuplicateIdOfARunningRequest_IsIgnored_NotFatal()
    {
        await using var connection = RawLspConnection.Start();
        await connection.InitializeAsync();

        // The first request is usually answered before the second is read; either way the connection survives.
        await connection.RequestAsync(11, "scorelang/unknown");
        await connection.RequestAsync(11, "scorelang/unknown");
        await connection.ReadResponseAsync(11);
        await connection.RequestAsync(12, "shutdown");

        Assert.Null((await connection.ReadResponseAsync(12))["error"]);
    }

    [Fact]
    public async Task AThousandRapidEdits_AreAppliedInOrder_AndDiagnosticsArePublishedOnceQuiet()
    {
        await using var client = await LspTestClient.StartAsync();
        const string uri = "file:///rapid/edits.score";
        await client.OpenAsync(uri, string.Empty);

        for (var i = 0; i < 1000; i++)
        {
            var change = new TextDocumentContentChangeEvent("x", new Protocol.Range(new Position(0, i), new Position(0, i)));
            _ = client.NotifyAsync(Methods.TextDocumentDidChange, new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, i + 2), [change]));
        }

        var published = await client.WaitForDiagnosticsAsync(uri, p => p.Version == 1001);
        Assert.Equal(1001, published.Version);
        Assert.True(client.DiagnosticsFor(uri).Count < 100, "the diagnostics are debounced, not published per edit");
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task ChangeToADocumentThatIsNotOpen_IsIgnored()
    {
        await using var client = await LspTestClient.StartAsync();

        await client.NotifyAsync(Methods.TextDocumentDidChange, new DidChangeTextDocumentParams(
            new VersionedTextDocumentIdentifier("file:///never/opened.score", 2), [new TextDocumentContentChangeEvent("text")]));
        await client.NotifyAsync(Methods.TextDocumentDidClose, new DidCloseTextDocumentParams(new TextDocumentIdentifier("file:///never/opened.score")));

        Assert.Equal(0, await client.ShutdownAsync());
        Assert.Contains("not open", client.Log.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NullParams_ReadAsNoParams()
    {
        await using var connection = RawLspConnection.Start();
        await connection.InitializeAsync();

        await connection.SendAsync("{\"jsonrpc\": \"2.0\", \"id\": 21, \"method\": \"shutdown\", \"params\": null}");

        JsonObject response = await connection.ReadResponseAsync(21);
        Assert.Null(response["error"]);
    }

    [Fact]
    public async Task HugeFileOfGarbage_OneMegabyte_GetsDiagnostics_AndRequestsOnItAreAnswered()
    {
        await using var client = await LspTestClient.StartAsync();
        var random = new Random(42);
        var garbage = new string([.. Enumerable.Range(0, 1_000_000).Select(_ => "score{}\"+-.0123 \nabc"[random.Next(20)])]);
        const string uri = "file:///work/huge.score";

        await client.OpenAsync(uri, garbage);
        var symbols = await client.RequestAsync<List<DocumentSymbol>?>(Methods.TextDocumentDocumentSymbol, new DocumentSymbolParams(new TextDocumentIdentifier(uri)), timeoutSeconds: 120);
        var published = await client.WaitForDiagnosticsAsync(uri, p => p.Version == 1, timeoutSeconds: 120);

        Assert.NotNull(symbols);
        Assert.NotEmpty(published.Diagnostics);
        Assert.Equal(0, await client.ShutdownAsync());
    }
}
