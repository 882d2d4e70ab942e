namespace ScoreLang.LanguageServer.Protocol;

/// <summary>JSON-RPC error codes, as the specification names them in <c>ErrorCodes</c>.</summary>
internal static class ErrorCodes
{
    public const int ParseError = -32700;
    public const int InvalidRequest = -32600;
    public const int MethodNotFound = -32601;
    public const int InvalidParams = -32602;
    public const int InternalError = -32603;

    /// <summary>A request arrived before <c>initialize</c>.</summary>
    public const int ServerNotInitialized = -32002;
    public const int UnknownErrorCode = -32001;
}

/// <summary>The LSP-specific error codes (<c>LSPErrorCodes</c>).</summary>
internal static class LSPErrorCodes
{
    /// <summary>A request failed although it was syntactically correct (a bad rename name, for example).</summary>
    public const int RequestFailed = -32803;
    public const int ServerCancelled = -32802;
    public const int ContentModified = -32801;
    public const int RequestCancelled = -32800;
}
