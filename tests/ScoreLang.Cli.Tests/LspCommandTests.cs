using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Xunit;

namespace ScoreLang.Cli.Tests;

/// <summary><c>scorelang lsp</c> speaks LSP over stdio: the real process answers initialize and exits cleanly on exit.</summary>
public sealed class LspCommandTests
{
    [Fact]
    public async Task Lsp_InitializeShutdownExit_AnswersWithCapabilitiesAndExitsZero()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "scorelang.dll"));
        start.ArgumentList.Add("lsp");
        using var process = Process.Start(start)!;
        var input = process.StandardInput.BaseStream;
        var output = process.StandardOutput.BaseStream;

        await Send(input, """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}""");
        using var initialize = await Receive(output, id: 1);
        Assert.True(initialize.RootElement.GetProperty("result").TryGetProperty("capabilities", out var capabilities));
        Assert.True(capabilities.TryGetProperty("textDocumentSync", out _));

        await Send(input, """{"jsonrpc":"2.0","id":2,"method":"shutdown"}""");
        using var shutdown = await Receive(output, id: 2);
        await Send(input, """{"jsonrpc":"2.0","method":"exit"}""");

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
        Assert.Equal(0, process.ExitCode);
    }

    private static async Task Send(Stream input, string json)
    {
        var body = Encoding.UTF8.GetBytes(json);
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        await input.WriteAsync(header);
        await input.WriteAsync(body);
        await input.FlushAsync();
    }

    /// <summary>Reads framed messages until the response with <paramref name="id"/> (notifications are skipped).</summary>
    private static async Task<JsonDocument> Receive(Stream output, int id)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            var length = 0;
            string line;
            while ((line = await ReadLine(output, timeout.Token)).Length > 0)
            {
                if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                {
                    length = int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
                }
            }

            var body = new byte[length];
            await output.ReadExactlyAsync(body, timeout.Token);
            var document = JsonDocument.Parse(body);
            if (document.RootElement.TryGetProperty("id", out var responseId) && responseId.ValueKind == JsonValueKind.Number && responseId.GetInt32() == id)
            {
                return document;
            }

            document.Dispose();
        }
    }

    private static async Task<string> ReadLine(Stream stream, CancellationToken cancellationToken)
    {
        var bytes = new List<byte>();
        var one = new byte[1];
        while (await stream.ReadAsync(one, cancellationToken) == 1)
        {
            if (one[0] == '\n')
            {
                break;
            }

            if (one[0] != '\r')
            {
                bytes.Add(one[0]);
            }
        }

        return Encoding.ASCII.GetString([.. bytes]);
    }
}
