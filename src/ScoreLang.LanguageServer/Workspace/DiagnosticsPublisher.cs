using ScoreLang.LanguageServer.Protocol;
using ScoreLang.LanguageServer.Server;

namespace ScoreLang.LanguageServer.Workspace;

/// <summary>
/// Publishes diagnostics as the user types, debounced: each change (re)starts a quiet period, and only when it has
/// passed are the changed documents and the open documents that import them analysed and published. A thousand rapid
/// edits therefore cost one analysis. One background loop does the work, so analyses never pile up.
/// </summary>
internal sealed class DiagnosticsPublisher : IAsyncDisposable
{
    /// <summary>More than this many problems in one file help nobody and slow the client down.</summary>
    private const int MaxDiagnosticsPerDocument = 1000;

    private readonly Workspace _workspace;
    private readonly LanguageClient _client;
    private readonly ServerLog _log;
    private readonly TimeSpan _delay;
    private readonly Lock _gate = new();
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _signal = new(0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private long _dueTicks;

    public DiagnosticsPublisher(Workspace workspace, LanguageClient client, ServerLog log, TimeSpan delay)
    {
        _workspace = workspace;
        _client = client;
        _log = log;
        _delay = delay;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Asks for the diagnostics of <paramref name="path"/> (and of the documents importing it) after the quiet period.</summary>
    public void Schedule(string path)
    {
        lock (_gate)
        {
            _pending.Add(path);
            _dueTicks = Environment.TickCount64 + (long)_delay.TotalMilliseconds;
        }

        _signal.Release();
    }

    /// <summary>Clears the diagnostics of a closed document at once.</summary>
    public Task ClearAsync(string uri) => _client.PublishDiagnosticsAsync(new PublishDiagnosticsParams(uri, []));

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _loop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopped while waiting.
        }

        _stop.Dispose();
        _signal.Dispose();
    }

    private async Task RunAsync()
    {
        var token = _stop.Token;
        while (!token.IsCancellationRequested)
        {
            await _signal.WaitAsync(token).ConfigureAwait(false);
            while (_signal.Wait(0))
            {
                // One wake-up serves every change signalled so far.
            }

            long wait;
            while ((wait = WaitTime()) > 0)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(wait), token).ConfigureAwait(false);
            }

            string[] paths;
            lock (_gate)
            {
                paths = [.. _pending];
                _pending.Clear();
            }

            if (paths.Length == 0)
            {
                continue;
            }

            try
            {
                await PublishAsync(paths, token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _log.Error($"Publishing diagnostics failed: {e}");
            }
        }
    }

    private long WaitTime()
    {
        lock (_gate)
        {
            return _dueTicks - Environment.TickCount64;
        }
    }

    private async Task PublishAsync(string[] changed, CancellationToken token)
    {
        var snapshot = _workspace.Snapshot;
        var targets = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in changed)
        {
            targets.Add(path);
            targets.UnionWith(_workspace.DependentsOf(path));
        }

        foreach (var path in targets)
        {
            token.ThrowIfCancellationRequested();
            if (_workspace.GetAnalysis(snapshot, path) is not { } analysis)
            {
                continue;
            }

            var uris = new UriMap(snapshot);
            var diagnostics = analysis.Diagnostics
                .Where(d => d.Location.Path == path)
                .Take(MaxDiagnosticsPerDocument)
                .Select(d => DiagnosticConverter.ToLsp(d, uris.UriOf))
                .ToList();
            await _client.PublishDiagnosticsAsync(new PublishDiagnosticsParams(analysis.Document.Uri, diagnostics, analysis.Document.Version)).ConfigureAwait(false);
        }
    }
}
