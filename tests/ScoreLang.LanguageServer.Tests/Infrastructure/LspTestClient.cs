using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using Nerdbank.Streams;
using ScoreLang.LanguageServer.Protocol;
using StreamJsonRpc;

namespace ScoreLang.LanguageServer.Tests.Infrastructure;

/// <summary>
/// A real LSP client (StreamJsonRpc over a full-duplex in-memory pipe) talking to a server hosted in-process through
/// the public <see cref="LanguageServerHost"/> entry point, exactly as <c>scorelang lsp</c> runs it.
/// </summary>
internal sealed class LspTestClient : IAsyncDisposable
{
    private readonly Stream _clientStream;
    private readonly ClientSink _sink = new();

    private LspTestClient(Stream clientStream, Task<int> server, StringWriter log)
    {
        _clientStream = clientStream;
        Server = server;
        Log = log;
        Rpc = new JsonRpc(new HeaderDelimitedMessageHandler(clientStream, clientStream, CreateFormatter()));
        RpcMethodAttributes.Register(Rpc, _sink);
        Rpc.StartListening();
    }

    public JsonRpc Rpc { get; }

    /// <summary>The server's run: completes with its exit code.</summary>
    public Task<int> Server { get; }

    /// <summary>What the server wrote to its log (stderr in production).</summary>
    public StringWriter Log { get; }

    public IReadOnlyCollection<LogMessageParams> LogMessages => _sink.LogMessages;

    public static SystemTextJsonFormatter CreateFormatter() => new()
    {
        JsonSerializerOptions = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        },
    };

    /// <summary>Starts a server; <paramref name="initialize"/> also runs the initialize/initialized handshake.</summary>
    public static async Task<LspTestClient> StartAsync(bool initialize = true, string? rootUri = null)
    {
        var (clientStream, serverStream) = FullDuplexStream.CreatePair();
        var log = new StringWriter();
        var options = new LanguageServerOptions { Log = TextWriter.Synchronized(log), DiagnosticsDelay = TimeSpan.FromMilliseconds(30) };
        var server = Task.Run(() => LanguageServerHost.RunAsync(serverStream, serverStream, options));
        var client = new LspTestClient(clientStream, server, log);
        if (initialize)
        {
            await client.InitializeAsync(rootUri);
        }

        return client;
    }

    public async Task<InitializeResult> InitializeAsync(string? rootUri = null)
    {
        var result = await RequestAsync<InitializeResult>(Methods.Initialize, new InitializeParams(ProcessId: Environment.ProcessId, ClientInfo: new ClientInfo("tests"), RootUri: rootUri, Capabilities: new ClientCapabilities()));
        await NotifyAsync(Methods.Initialized, new InitializedParams());
        return result;
    }

    public Task<T> RequestAsync<T>(string method, object? parameters, int timeoutSeconds = 30) =>
        Rpc.InvokeWithParameterObjectAsync<T>(method, parameters).WaitAsync(TimeSpan.FromSeconds(timeoutSeconds));

    public Task NotifyAsync(string method, object? parameters) => Rpc.NotifyWithParameterObjectAsync(method, parameters);

    public async Task<string> OpenAsync(string uri, string text, int version = 1)
    {
        await NotifyAsync(Methods.TextDocumentDidOpen, new DidOpenTextDocumentParams(new TextDocumentItem(uri, uri.EndsWith(".schema", StringComparison.Ordinal) ? "scorelang-schema" : "scorelang", version, text)));
        return uri;
    }

    /// <summary>Waits for the first diagnostics of <paramref name="uri"/> that satisfy <paramref name="accept"/>.</summary>
    public Task<PublishDiagnosticsParams> WaitForDiagnosticsAsync(string uri, Func<PublishDiagnosticsParams, bool>? accept = null, int timeoutSeconds = 30) =>
        _sink.WaitAsync(p => p.Uri == uri && (accept?.Invoke(p) ?? true), TimeSpan.FromSeconds(timeoutSeconds));

    public IReadOnlyList<PublishDiagnosticsParams> DiagnosticsFor(string uri) => [.. _sink.Diagnostics.Where(d => d.Uri == uri)];

    /// <summary>shutdown then exit; returns the server's exit code.</summary>
    public async Task<int> ShutdownAsync()
    {
        await RequestAsync<JsonElement?>(Methods.Shutdown, null);
        await NotifyAsync(Methods.Exit, null);
        return await Server.WaitAsync(TimeSpan.FromSeconds(30));
    }

    public async ValueTask DisposeAsync()
    {
        Rpc.Dispose();
        await _clientStream.DisposeAsync();
        await Task.WhenAny(Server, Task.Delay(TimeSpan.FromSeconds(5)));
    }

    /// <summary>Receives the server's notifications.</summary>
    private sealed class ClientSink
    {
        private readonly ConcurrentQueue<LogMessageParams> _logMessages = new();
        private readonly List<PublishDiagnosticsParams> _diagnostics = [];
        private readonly List<(Func<PublishDiagnosticsParams, bool> Accept, TaskCompletionSource<PublishDiagnosticsParams> Done)> _waiters = [];
        private readonly Lock _gate = new();

        public IReadOnlyCollection<LogMessageParams> LogMessages => _logMessages;

        public IReadOnlyList<PublishDiagnosticsParams> Diagnostics
        {
            get
            {
                lock (_gate)
                {
                    return [.. _diagnostics];
                }
            }
        }

        [JsonRpcMethod(Methods.TextDocumentPublishDiagnostics, UseSingleObjectParameterDeserialization = true)]
        public void PublishDiagnostics(PublishDiagnosticsParams diagnostics)
        {
            lock (_gate)
            {
                _diagnostics.Add(diagnostics);
                foreach (var waiter in _waiters.Where(w => w.Accept(diagnostics)).ToList())
                {
                    waiter.Done.TrySetResult(diagnostics);
                    _waiters.Remove(waiter);
                }
            }
        }

        [JsonRpcMethod(Methods.WindowLogMessage, UseSingleObjectParameterDeserialization = true)]
        public void LogMessage(LogMessageParams message) => _logMessages.Enqueue(message);

        public Task<PublishDiagnosticsParams> WaitAsync(Func<PublishDiagnosticsParams, bool> accept, TimeSpan timeout)
        {
            lock (_gate)
            {
                if (_diagnostics.LastOrDefault(accept) is { } seen)
                {
                    return Task.FromResult(seen);
                }

                var done = new TaskCompletionSource<PublishDiagnosticsParams>(TaskCreationOptions.RunContinuationsAsynchronously);
                _waiters.Add((accept, done));
                return done.Task.WaitAsync(timeout);
            }
        }
    }
}
