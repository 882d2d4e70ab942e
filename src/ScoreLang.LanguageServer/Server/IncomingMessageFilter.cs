using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ScoreLang.LanguageServer.Server;

/// <summary>
/// Stands between the client's byte stream and StreamJsonRpc, which drops the connection on the first malformed
/// message. Reads LSP frames tolerantly (garbage between frames, bad headers, missing Content-Length, bodies that are
/// not JSON, JSON that is not a request) and forwards only well-formed requests and notifications, re-framed. A broken
/// request whose id can still be read is forwarded as a call to <see cref="InvalidRequestMethod"/>, so the client gets
/// an InvalidRequest error instead of waiting forever; anything else is logged and skipped. The server never sends
/// requests, so responses from the client are skipped too.
/// </summary>
internal sealed class IncomingMessageFilter(Stream input, PipeWriter output, InFlightRequests inFlight, ServerLog log)
{
    public const string InvalidRequestMethod = "$/scorelang/invalidRequest";

    private const int MaxHeaderLineBytes = 8 * 1024;
    private const int MaxContentLength = 256 * 1024 * 1024;
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 256 };
    private bool _skippingGarbage;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var reader = PipeReader.Create(input, new StreamPipeReaderOptions(leaveOpen: true));
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var length = await ReadHeadersAsync(reader, cancellationToken).ConfigureAwait(false);
                if (length is null)
                {
                    break;
                }

                var body = await ReadBodyAsync(reader, length.Value, cancellationToken).ConfigureAwait(false);
                if (body is null)
                {
                    break;
                }

                if (Filter(body) is { } message)
                {
                    await WriteFrameAsync(message, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The server is stopping.
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
        {
            log.Info($"The input stream closed: {e.Message}");
        }
        finally
        {
            await output.CompleteAsync().ConfigureAwait(false);
            await reader.CompleteAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Reads header lines up to the blank line; the Content-Length, or null at the end of the input.</summary>
    private async Task<int?> ReadHeadersAsync(PipeReader reader, CancellationToken cancellationToken)
    {
        int? contentLength = null;
        while (true)
        {
            var line = await ReadLineAsync(reader, cancellationToken).ConfigureAwait(false);
            if (line is null)
            {
                return null;
            }

            if (line.Length == 0)
            {
                if (contentLength is { } length)
                {
                    _skippingGarbage = false;
                    return length;
                }

                continue;
            }

            // Garbage written just before a header on the same line: keep the header.
            var start = line.LastIndexOf("Content-Length:", StringComparison.OrdinalIgnoreCase);
            if (start > 0)
            {
                Skipped("bytes that are not an LSP header");
                line = line[start..];
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                Skipped("bytes that are not an LSP header");
                contentLength = null;
                continue;
            }

            var name = line[..colon].Trim();
            if (!name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (int.TryParse(line[(colon + 1)..].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= MaxContentLength)
            {
                contentLength = value;
            }
            else
            {
                Skipped($"a header with an unusable Content-Length ('{Shorten(line)}')");
                contentLength = null;
            }
        }
    }

    /// <summary>One line without its line break; a line too long to be a header comes back as a non-header.</summary>
    private static async Task<string?> ReadLineAsync(PipeReader reader, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            var newline = buffer.PositionOf((byte)'\n');
            if (newline is { } end)
            {
                var line = Encoding.UTF8.GetString(buffer.Slice(0, end)).TrimEnd('\r');
                reader.AdvanceTo(buffer.GetPosition(1, end));
                return line;
            }

            if (buffer.Length >= MaxHeaderLineBytes)
            {
                reader.AdvanceTo(buffer.End);
                return "\0";
            }

            if (result.IsCompleted)
            {
                reader.AdvanceTo(buffer.End);
                return null;
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private static async Task<byte[]?> ReadBodyAsync(PipeReader reader, int length, CancellationToken cancellationToken)
    {
        var result = await reader.ReadAtLeastAsync(length, cancellationToken).ConfigureAwait(false);
        if (result.Buffer.Length < length)
        {
            reader.AdvanceTo(result.Buffer.End);
            return null;
        }

        var body = result.Buffer.Slice(0, length).ToArray();
        reader.AdvanceTo(result.Buffer.GetPosition(length));
        return body;
    }

    /// <summary>The bytes to forward for one body, or null to skip it.</summary>
    private byte[]? Filter(byte[] body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, DocumentOptions);
        }
        catch (JsonException e)
        {
            log.Warning($"Ignored a message that is not JSON: {e.Message}");
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("method", out var method))
            {
                log.Warning("Ignored a message that is neither a request nor a notification.");
                return null;
            }

            var hasId = root.TryGetProperty("id", out var id);
            var idIsValid = hasId && (id.ValueKind == JsonValueKind.String || (id.ValueKind == JsonValueKind.Number && id.TryGetInt64(out _)));
            var problem = FindProblem(root, method, hasId, idIsValid);
            if (problem is null)
            {
                return Admit(root, id, idIsValid) ? WithoutNullParams(root, body) : null;
            }

            if (!idIsValid)
            {
                log.Warning($"Ignored an invalid message: {problem}.");
                return null;
            }

            log.Warning($"Refused an invalid request: {problem}.");
            var refusal = new JsonObject
            {
                ["jsonrpc"] = "2.0",
                ["id"] = JsonNode.Parse(id.GetRawText()),
                ["method"] = InvalidRequestMethod,
                ["params"] = new JsonObject { ["reason"] = problem },
            };
            return Admit(root, id, idIsValid) ? JsonSerializer.SerializeToUtf8Bytes(refusal) : null;
        }
    }

    private static string? FindProblem(JsonElement root, JsonElement method, bool hasId, bool idIsValid)
    {
        if (method.ValueKind != JsonValueKind.String)
        {
            return "'method' must be a string";
        }

        if (!root.TryGetProperty("jsonrpc", out var version) || version.ValueKind != JsonValueKind.String || version.GetString() != "2.0")
        {
            return "'jsonrpc' must be \"2.0\"";
        }

        if (hasId && !idIsValid)
        {
            return "'id' must be an integer or a string";
        }

        if (root.TryGetProperty("params", out var parameters) && parameters.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array or JsonValueKind.Null))
        {
            return "'params' must be an object or an array";
        }

        return method.GetString() == InvalidRequestMethod ? "this method is reserved" : null;
    }

    /// <summary>Records a request's id; a duplicate of a request still running is skipped (it would end the connection).</summary>
    private bool Admit(JsonElement root, JsonElement id, bool idIsValid)
    {
        if (!idIsValid)
        {
            return true;
        }

        var key = id.ValueKind == JsonValueKind.String ? "s:" + id.GetString() : "n:" + id.GetInt64().ToString(CultureInfo.InvariantCulture);
        if (inFlight.TryAdd(key))
        {
            return true;
        }

        log.Warning($"Ignored request '{root.GetProperty("method")}': its id {id.GetRawText()} belongs to a request still running.");
        return false;
    }

    /// <summary><c>"params": null</c> reads as "no parameters", which is how StreamJsonRpc can match it.</summary>
    private static byte[] WithoutNullParams(JsonElement root, byte[] body)
    {
        if (!root.TryGetProperty("params", out var parameters) || parameters.ValueKind != JsonValueKind.Null)
        {
            return body;
        }

        var node = JsonNode.Parse(body)!.AsObject();
        node.Remove("params");
        return JsonSerializer.SerializeToUtf8Bytes(node);
    }

    private async Task WriteFrameAsync(byte[] message, CancellationToken cancellationToken)
    {
        var header = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"Content-Length: {message.Length}\r\n\r\n"));
        await output.WriteAsync(header, cancellationToken).ConfigureAwait(false);
        await output.WriteAsync(message, cancellationToken).ConfigureAwait(false);
    }

    private void Skipped(string what)
    {
        if (!_skippingGarbage)
        {
            log.Warning($"Skipped {what} in the input stream.");
        }

        _skippingGarbage = true;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "...";
}
