using System.Reflection;
using StreamJsonRpc;

namespace ScoreLang.LanguageServer.Tests.Infrastructure;

/// <summary>Registers the [JsonRpcMethod] methods of a client-side receiver (the test client's notification sink).</summary>
internal static class RpcMethodAttributes
{
    public static void Register(JsonRpc rpc, object target)
    {
        foreach (var method in target.GetType().GetMethods(BindingFlags.Public | BindingFlags.Instance))
        {
            if (method.GetCustomAttribute<JsonRpcMethodAttribute>() is { } attribute)
            {
                rpc.AddLocalRpcMethod(method, target, attribute);
            }
        }
    }
}
