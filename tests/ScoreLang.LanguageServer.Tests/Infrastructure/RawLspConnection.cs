using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Nerdbank.Streams;

namespace ScoreLang.LanguageServer.Tests.Infrastructure;

/// <summary>
/// A byte-level connection to an in-process server, for what a well-behaved JSON-RPC library would never send:
/// garbage, broken headers, invalid JSON, requests with wrong shapes. Reads the server's frames back as JSON.
/// </summary>
internal sealed class RawLspConnection : IAsyncDisposable
{
    private readonly Stream _stream;
    private readonly StreamReaderBuffer _reader;

    private RawLspConnection(Stream stream, Task<int> server)
    {
        _stream = stream;
        _reader = new StreamReaderBuffer(stream);
        Server = server;
    }

    public Task<int> Server { get; }

    public static RawLspConnection Start()
    {
        var (clientStream, serverStream) = FullDuplexStream.CreatePair();
        var options = new LanguageServerOptions { Log = TextWriter.Null, DiagnosticsDelay = TimeSpan.FromMilliseconds(10) };
        var server = Task.Run(() => LanguageServerHost.RunAsync(serverStream, serverStream, options));
        return new RawLspConnection(clientStream, server);
    }

    public async Task WriteRawAsync(byte[] bytes)
    {
        await _stream.WriteAsync(bytes);
        await _stream.FlushAsync();
    }

    public Task WriteRawAsync(string text) => WriteRawAsync(Encoding.UTF8.GetBytes(text));

    public Task SendAsync(string json)
    {
        var body = Encoding.UTF8.GetBytes(json);
        var header = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"Content-Length: {body.Length}\r\n\r\n"));
        return WriteRawAsync([.. header, .. body]);
    }

    public Task RequestAsync(int id, string method, object? parameters = null) =>
        SendAsync(JsonSerializer.Serialize(new { jsonrpc = "2.0", id, method, @params = parameters }));

    public Task NotifyAsync(string method, object? parameters = null) =>
        SendAsync(JsonSerializer.Serialize(new { jsonrpc = "2.0", method, @params = parameters }));

    /// <summary>Reads frames until the response with <paramref name="id"/> arrives (notifications are skipped).</summary>
    public async Task<JsonObject> ReadResponseAsync(int id, int timeoutSeconds = 30)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        while (true)
        {
            var message = await _reader.ReadFrameAsync(timeout.Token);
            if (message["id"] is JsonValue value && value.TryGetValue<int>(out var got) && got == id)
            {
                return message;
            }
        }
    }

    public async Task InitializeAsync()
    {
        await RequestAsync(1, "initialize", new { processId = (int?)null, capabilities = new { } });
        await ReadResponseAsync(1);
        await NotifyAsync("initialized", new { });
    }

    public async ValueTask DisposeAsync()
    {
        await _stream.DisposeAsync();
        await Task.WhenAny(Server, Task.Delay(TimeSpan.FromSeconds(5)));
    }

    /// <summary>Parses Content-Length frames from the server's output.</summary>
    private sealed class StreamReaderBuffer(Stream stream)
    {
        private readonly List<byte> _buffer = [];

        public async Task<JsonObject> ReadFrameAsync(CancellationToken cancellationToken)
        {
            while (true)
            {
                var text = Encoding.ASCII.GetString([.. _buffer]);
                var headerEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
                if (headerEnd >= 0)
                {
                    var lengthLine = text[..headerEnd].Split("\r\n").Single(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
                    var length = int.Parse(lengthLine["Content-Length:".Length..].Trim(), CultureInfo.InvariantCulture);
                    var start = headerEnd + 4;
                    if (_buffer.Count >= start + length)
                    {
                        var body = _buffer.GetRange(start, length).ToArray();
                        _buffer.RemoveRange(0, start + length);
                        return JsonNode.Parse(body)!.AsObject();
                    }
                }

                var chunk = new byte[64 * 1024];
                var read = await stream.ReadAsync(chunk, cancellationToken);
                if (read == 0)
                {
                    throw new EndOfStreamException("The server closed its output.");
                }

                _buffer.AddRange(chunk.AsSpan(0, read));
            }
        }
    }
}
