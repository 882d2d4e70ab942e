using System.IO.Pipelines;
using System.Text.Json;
using System.Text.Json.Serialization;
using ScoreLang.LanguageServer.Handlers;
using ScoreLang.LanguageServer.Previews;
using ScoreLang.LanguageServer.Workspace;
using StreamJsonRpc;

namespace ScoreLang.LanguageServer.Server;

/// <summary>
/// The composition root: wires the message filter, the JSON-RPC connection, the workspace, the diagnostics publisher
/// and one handler per feature, then runs until <c>exit</c>, the end of the input, or cancellation.
/// </summary>
internal sealed class ScoreLangServer : IAsyncDisposable
{
    private readonly Stream _input;
    private readonly Pipe _filtered = new();
    private readonly ServerLog _log;
    private readonly ServerLifecycle _lifecycle = new();
    private readonly InFlightRequests _inFlight = new();
    private readonly LspJsonRpc _rpc;
    private readonly DiagnosticsPublisher _diagnostics;
    private readonly CancellationTokenSource _stop = new();

    public ScoreLangServer(Stream input, Stream output, LanguageServerOptions options)
    {
        _input = input;
        _log = new ServerLog(options.Log ?? Console.Error);
        var formatter = new SystemTextJsonFormatter
        {
            JsonSerializerOptions = new JsonSerializerOptions
            {
                PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
                DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            },
        };
        var handler = new HeaderDelimitedMessageHandler(PipeWriter.Create(output, new StreamPipeWriterOptions(leaveOpen: true)), _filtered.Reader, formatter);
        _rpc = new LspJsonRpc(handler, _lifecycle, _inFlight, _log)
        {
            // Notifications and requests start in the order they arrive (edits must apply in order); handlers that
            // compute move off this context themselves.
            SynchronizationContext = new Microsoft.VisualStudio.Threading.NonConcurrentSynchronizationContext(sticky: false),
            CancelLocallyInvokedMethodsWhenConnectionIsClosed = true,
        };

        var client = new LanguageClient(_rpc);
        _log.Attach(client.LogMessageAsync);
        var files = new FileSystemSourceResolver();
        var analyzer = new DocumentAnalyzer(files, _log);
        var workspace = new Workspace.Workspace(analyzer);
        _diagnostics = new DiagnosticsPublisher(workspace, client, _log, options.DiagnosticsDelay);

        var requests = new DocumentRequests(workspace);
        var samples = new SampleDataService(_log, (configPath, problems) => _ = client.PublishDiagnosticsAsync(ConfigDiagnostics.Of(configPath, problems)));
        var references = new ReferenceFinder(workspace, new WorkspaceFiles(files, analyzer));
        foreach (var target in new object[]
        {
            new LifecycleHandler(_lifecycle, ServerCapabilitiesFactory.Create(), files, _log),
            new TextDocumentSyncHandler(workspace, _diagnostics, _log),
            new InvalidRequestHandler(),
            new DocumentSymbolHandler(requests),
            new FoldingRangeHandler(requests),
            new SemanticTokensHandler(requests),
            new HoverHandler(requests, samples),
            new CompletionHandler(requests),
            new SignatureHelpHandler(requests),
            new DefinitionHandler(requests),
            new ReferencesHandler(requests, references),
            new RenameHandler(requests, references),
            new FormattingHandler(requests, client),
            new CodeActionHandler(requests),
            new CodeLensHandler(requests),
            new ExecuteCommandHandler(requests, client),
        })
        {
            RpcMethodRegistrar.Register(_rpc, target);
        }
    }

    /// <summary>Serves until <c>exit</c> (0 after <c>shutdown</c>, else 1), the end of the input (1) or cancellation.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _stop.Token);
        var filter = new IncomingMessageFilter(_input, _filtered.Writer, _inFlight, _log);
        var pump = Task.Run(() => filter.RunAsync(linked.Token), CancellationToken.None);
        _rpc.StartListening();

        var cancelled = Task.Delay(Timeout.Infinite, linked.Token);
        var finished = await Task.WhenAny(_lifecycle.Exited, _rpc.Completion, cancelled).ConfigureAwait(false);
        await _stop.CancelAsync().ConfigureAwait(false);
        if (finished == _rpc.Completion && _rpc.Completion.IsFaulted)
        {
            _log.Error($"The connection failed: {_rpc.Completion.Exception?.InnerException?.Message}");
        }

        // The pump may sit in a read of stdin that cannot be cancelled; do not wait for it for long.
        await Task.WhenAny(pump, Task.Delay(TimeSpan.FromSeconds(1), CancellationToken.None)).ConfigureAwait(false);
        return finished == _lifecycle.Exited ? await _lifecycle.Exited.ConfigureAwait(false) : 1;
    }

    public async ValueTask DisposeAsync()
    {
        await _diagnostics.DisposeAsync().ConfigureAwait(false);
        _rpc.Dispose();
        _stop.Dispose();
    }
}
