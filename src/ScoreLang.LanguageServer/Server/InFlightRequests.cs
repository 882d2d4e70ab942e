using System.Globalization;
using StreamJsonRpc;

namespace ScoreLang.LanguageServer.Server;

/// <summary>
/// The ids of requests received and not answered yet. StreamJsonRpc drops the whole connection when a client reuses
/// the id of a request still running, so <see cref="IncomingMessageFilter"/> refuses such a duplicate up front.
/// </summary>
internal sealed class InFlightRequests
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public static string KeyOf(RequestId id) =>
        id.String is { } text ? "s:" + text : "n:" + id.Number?.ToString(CultureInfo.InvariantCulture);

    public bool TryAdd(string key)
    {
        lock (_gate)
        {
            return _ids.Add(key);
        }
    }

    public void Remove(string key)
    {
        lock (_gate)
        {
            _ids.Remove(key);
        }
    }
}
