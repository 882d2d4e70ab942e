using System.Text.Json;
using ScoreLang.LanguageServer.Protocol;
using ScoreLang.LanguageServer.Tests.Infrastructure;
using StreamJsonRpc;
using Xunit;

namespace ScoreLang.LanguageServer.Tests;

public sealed class LifecycleTests
{
    [Fact]
    public async Task Initialize_AnnouncesIncrementalSyncAndUtf16Positions()
    {
        await using var client = await LspTestClient.StartAsync(initialize: false);

        var result = await client.InitializeAsync();

        Assert.Equal(PositionEncodingKind.UTF16, result.Capabilities.PositionEncoding);
        Assert.Equal(TextDocumentSyncKind.Incremental, result.Capabilities.TextDocumentSync?.Change);
        Assert.True(result.Capabilities.TextDocumentSync?.OpenClose);
        Assert.Equal("scorelang", result.ServerInfo?.Name);
    }

    [Fact]
    public async Task ShutdownThenExit_EndsTheServerWithExitCodeZero()
    {
        await using var client = await LspTestClient.StartAsync();

        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task ExitWithoutShutdown_EndsTheServerWithExitCodeOne()
    {
        await using var client = await LspTestClient.StartAsync();

        await client.NotifyAsync(Methods.Exit, null);

        Assert.Equal(1, await client.Server.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task ClosingTheInput_EndsTheServerWithExitCodeOne()
    {
        var client = await LspTestClient.StartAsync();

        await client.DisposeAsync();

        Assert.Equal(1, await client.Server.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task RequestBeforeInitialize_IsRefusedWithServerNotInitialized()
    {
        await using var client = await LspTestClient.StartAsync(initialize: false);

        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() =>
            client.RequestAsync<JsonElement?>(Methods.Shutdown, null));

        Assert.Equal(ErrorCodes.ServerNotInitialized, error.ErrorCode);
    }

    [Fact]
    public async Task RequestAfterShutdown_IsRefusedWithInvalidRequest()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.RequestAsync<JsonElement?>(Methods.Shutdown, null);

        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() =>
            client.RequestAsync<InitializeResult>(Methods.Initialize, new InitializeParams()));

        Assert.Equal(ErrorCodes.InvalidRequest, error.ErrorCode);
    }

    [Fact]
    public async Task SecondInitialize_IsRefused()
    {
        await using var client = await LspTestClient.StartAsync();

        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() => client.InitializeAsync());

        Assert.Equal(ErrorCodes.InvalidRequest, error.ErrorCode);
    }
}
