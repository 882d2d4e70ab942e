using System.Reflection;
using ScoreLang.LanguageServer.Protocol;
using ScoreLang.LanguageServer.Server;
using ScoreLang.LanguageServer.Workspace;
using StreamJsonRpc;

namespace ScoreLang.LanguageServer.Handlers;

/// <summary><c>initialize</c> (announces the capabilities), <c>initialized</c>, <c>shutdown</c> and <c>exit</c>.</summary>
internal sealed class LifecycleHandler(ServerLifecycle lifecycle, ServerCapabilities capabilities, FileSystemSourceResolver files, ServerLog log)
{
    [JsonRpcMethod(Methods.Initialize, UseSingleObjectParameterDeserialization = true)]
    public InitializeResult Initialize(InitializeParams request)
    {
        if (lifecycle.IsInitialized)
        {
            throw new LocalRpcException("The server is already initialized.") { ErrorCode = ErrorCodes.InvalidRequest };
        }

        var root = (request?.WorkspaceFolders is [var first, ..] ? first.Uri : null) ?? request?.RootUri;
        if (root is not null)
        {
            files.RootDirectory = DocumentPaths.ToPath(root);
        }
        else if (request?.RootPath is { } rootPath)
        {
            files.RootDirectory = rootPath;
        }

        lifecycle.MarkInitialized();
        log.Info($"Initialized for {request?.ClientInfo?.Name ?? "an unnamed client"} (root: {files.RootDirectory ?? "none"}).");
        var version = typeof(LifecycleHandler).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        return new InitializeResult(capabilities, new ServerInfo("scorelang", version));
    }

    [JsonRpcMethod(Methods.Initialized, UseSingleObjectParameterDeserialization = true)]
    public static void Initialized(InitializedParams? request)
    {
        // Nothing to do: the server registers nothing dynamically.
    }

    [JsonRpcMethod(Methods.Shutdown)]
    public object? Shutdown()
    {
        lifecycle.MarkShutdownRequested();
        return null;
    }

    [JsonRpcMethod(Methods.Exit)]
    public void Exit() => lifecycle.Exit();

    [JsonRpcMethod(Methods.SetTrace, UseSingleObjectParameterDeserialization = true)]
    public static void SetTrace(SetTraceParams? request)
    {
        // The server logs the same way whatever the trace level.
    }
}
