using System.Reflection;
using StreamJsonRpc;

namespace ScoreLang.LanguageServer.Server;

/// <summary>
/// Registers exactly the methods of a handler that carry <see cref="JsonRpcMethodAttribute"/>; adding the handler as
/// a whole target would also expose its other public methods to the client.
/// </summary>
internal static class RpcMethodRegistrar
{
    public static void Register(JsonRpc rpc, object handler)
    {
        foreach (var method in handler.GetType().GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
        {
            if (method.GetCustomAttribute<JsonRpcMethodAttribute>() is { } attribute)
            {
                rpc.AddLocalRpcMethod(method, method.IsStatic ? null : handler, attribute);
            }
        }
    }
}
