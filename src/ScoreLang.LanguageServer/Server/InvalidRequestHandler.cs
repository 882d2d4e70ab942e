using ScoreLang.LanguageServer.Protocol;
using StreamJsonRpc;

namespace ScoreLang.LanguageServer.Server;

/// <summary>Answers the requests <see cref="IncomingMessageFilter"/> found malformed with an InvalidRequest error.</summary>
internal sealed class InvalidRequestHandler
{
    [JsonRpcMethod(IncomingMessageFilter.InvalidRequestMethod, UseSingleObjectParameterDeserialization = true)]
    public static void Refuse(InvalidRequest request) =>
        throw new LocalRpcException($"Invalid request: {request?.Reason ?? "malformed message"}.") { ErrorCode = ErrorCodes.InvalidRequest };

    internal sealed record InvalidRequest(string? Reason);
}
