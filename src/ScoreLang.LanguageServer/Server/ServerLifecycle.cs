namespace ScoreLang.LanguageServer.Server;

/// <summary>
/// Where the server is in the LSP lifecycle: before <c>initialize</c> only <c>initialize</c> and <c>exit</c> are
/// accepted; after <c>shutdown</c> only <c>exit</c>. <see cref="Exited"/> completes with the process exit code:
/// 0 when <c>shutdown</c> came before <c>exit</c>, 1 otherwise (as the specification asks).
/// </summary>
internal sealed class ServerLifecycle
{
    private readonly TaskCompletionSource<int> _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _initialized;
    private volatile bool _shutdownRequested;

    public bool IsInitialized => _initialized;

    public bool IsShutdownRequested => _shutdownRequested;

    public Task<int> Exited => _exited.Task;

    public void MarkInitialized() => _initialized = true;

    public void MarkShutdownRequested() => _shutdownRequested = true;

    public void Exit() => _exited.TrySetResult(_shutdownRequested ? 0 : 1);
}
