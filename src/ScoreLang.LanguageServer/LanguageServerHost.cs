using ScoreLang.LanguageServer.Server;

namespace ScoreLang.LanguageServer;

/// <summary>
/// The public entry point of the ScoreLang language server. <c>scorelang lsp</c> calls
/// <c>LanguageServerHost.RunAsync(Console.OpenStandardInput(), Console.OpenStandardOutput(), token)</c> and exits with
/// the code it returns. The server speaks LSP 3.17 (JSON-RPC with Content-Length headers) on the two streams and logs to
/// stderr and to the client's log.
/// </summary>
public static class LanguageServerHost
{
    /// <summary>Runs the server until the client sends <c>exit</c> or closes the input.</summary>
    /// <returns>The process exit code: 0 after an orderly <c>shutdown</c> and <c>exit</c>, 1 otherwise.</returns>
    public static Task<int> RunAsync(Stream input, Stream output, CancellationToken cancellationToken = default) =>
        RunAsync(input, output, new LanguageServerOptions(), cancellationToken);

    /// <inheritdoc cref="RunAsync(Stream, Stream, CancellationToken)"/>
    public static async Task<int> RunAsync(Stream input, Stream output, LanguageServerOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        var server = new ScoreLangServer(input, output, options);
        await using (server.ConfigureAwait(false))
        {
            return await server.RunAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
