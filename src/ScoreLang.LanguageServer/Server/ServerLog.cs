using System.Globalization;
using ScoreLang.LanguageServer.Protocol;

namespace ScoreLang.LanguageServer.Server;

/// <summary>
/// The server's log: every line goes to the host's error writer (stderr for <c>scorelang lsp</c>) and, once the
/// connection is up, to the client as <c>window/logMessage</c> (VS Code shows it in the output panel). Logging never
/// throws: a log that cannot be written is dropped.
/// </summary>
internal sealed class ServerLog(TextWriter writer)
{
    private readonly Lock _gate = new();
    private Func<LogMessageParams, Task>? _toClient;

    /// <summary>Connects the log to the client; called once the JSON-RPC connection exists.</summary>
    public void Attach(Func<LogMessageParams, Task> toClient) => _toClient = toClient;

    public void Error(string message) => Write(MessageType.Error, message);

    public void Warning(string message) => Write(MessageType.Warning, message);

    public void Info(string message) => Write(MessageType.Info, message);

    private void Write(MessageType type, string message)
    {
        try
        {
            lock (_gate)
            {
                var time = DateTime.UtcNow.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture);
                writer.WriteLine($"[{time} {type}] {message}");
                writer.Flush();
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // stderr is gone; the client log below may still work.
        }

        if (_toClient is { } toClient)
        {
            _ = SendAsync(toClient, new LogMessageParams(type, message));
        }
    }

    private static async Task SendAsync(Func<LogMessageParams, Task> toClient, LogMessageParams message)
    {
        try
        {
            await toClient(message).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The connection is closing; nobody is left to tell.
        }
    }
}
