using ScoreLang.LanguageServer.Protocol;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace ScoreLang.LanguageServer.Server;

/// <summary>
/// StreamJsonRpc's connection, adapted to LSP: requests that arrive out of lifecycle order get the error codes the
/// specification names, and a handler that throws is logged (with its stack trace, for us) and answered with a plain
/// InternalError (without it, for the client), never taking the connection down.
/// </summary>
internal sealed class LspJsonRpc(IJsonRpcMessageHandler handler, ServerLifecycle lifecycle, InFlightRequests inFlight, ServerLog log)
    : JsonRpc(handler)
{
    private readonly IJsonRpcMessageFactory? _messages = handler.Formatter as IJsonRpcMessageFactory;

    protected override ValueTask<JsonRpcMessage> DispatchRequestAsync(JsonRpcRequest request, TargetMethod targetMethod, CancellationToken cancellationToken)
    {
        var method = request.Method ?? string.Empty;
        if (method is not (Methods.Exit or IncomingMessageFilter.InvalidRequestMethod))
        {
            if (!lifecycle.IsInitialized && method != Methods.Initialize)
            {
                return Refuse(request, ErrorCodes.ServerNotInitialized, $"The server is not initialized yet: '{method}' must wait for 'initialize'.");
            }

            if (lifecycle.IsShutdownRequested)
            {
                return Refuse(request, ErrorCodes.InvalidRequest, $"The server is shutting down: '{method}' is not accepted after 'shutdown'.");
            }
        }

        return base.DispatchRequestAsync(request, targetMethod, cancellationToken);
    }

    protected override JsonRpcError.ErrorDetail CreateErrorDetails(JsonRpcRequest request, Exception exception)
    {
        if (exception is LocalRpcException local)
        {
            return new JsonRpcError.ErrorDetail { Code = (JsonRpcErrorCode)local.ErrorCode, Message = local.Message };
        }

        var inner = exception.InnerException is not null && exception is System.Reflection.TargetInvocationException or AggregateException
            ? exception.InnerException
            : exception;
        log.Error($"'{request.Method}' failed: {inner}");
        return new JsonRpcError.ErrorDetail
        {
            Code = (JsonRpcErrorCode)ErrorCodes.InternalError,
            Message = $"The ScoreLang server could not handle '{request.Method}': {inner.Message}",
        };
    }

    protected override void OnResponseSent(JsonRpcMessage response)
    {
        if (response is IJsonRpcMessageWithId { RequestId: var id })
        {
            inFlight.Remove(InFlightRequests.KeyOf(id));
        }

        base.OnResponseSent(response);
    }

    private ValueTask<JsonRpcMessage> Refuse(JsonRpcRequest request, int code, string message)
    {
        var error = _messages?.CreateErrorMessage() ?? new JsonRpcError();
        error.RequestId = request.RequestId;
        error.Error = new JsonRpcError.ErrorDetail { Code = (JsonRpcErrorCode)code, Message = message };
        if (request.IsNotification)
        {
            log.Info($"Ignored notification '{request.Method}': {message}");
        }

        return new ValueTask<JsonRpcMessage>(error);
    }
}
