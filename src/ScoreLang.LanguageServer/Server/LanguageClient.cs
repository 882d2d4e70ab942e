using ScoreLang.LanguageServer.Protocol;
using StreamJsonRpc;

namespace ScoreLang.LanguageServer.Server;

/// <summary>The notifications the server sends to the client. Sending never throws: a closed connection drops them.</summary>
internal sealed class LanguageClient(JsonRpc rpc)
{
    public Task PublishDiagnosticsAsync(PublishDiagnosticsParams diagnostics) =>
        NotifyAsync(Methods.TextDocumentPublishDiagnostics, diagnostics);

    public Task LogMessageAsync(LogMessageParams message) => NotifyAsync(Methods.WindowLogMessage, message);

    public Task ShowMessageAsync(ShowMessageParams message) => NotifyAsync(Methods.WindowShowMessage, message);

    private async Task NotifyAsync<T>(string method, T argument)
    {
        try
        {
            await rpc.NotifyWithParameterObjectAsync(method, argument).ConfigureAwait(false);
        }
        catch (Exception e) when (e is ConnectionLostException or ObjectDisposedException or IOException or OperationCanceledException)
        {
            // The client went away; the server is about to stop.
        }
    }
}
