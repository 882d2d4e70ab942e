using System.Diagnostics;
using System.Text.Json;
using ScoreLang.LanguageServer.Protocol;
using ScoreLang.LanguageServer.Tests.Infrastructure;
using StreamJsonRpc;
using Xunit;

namespace ScoreLang.LanguageServer.Tests;

/// <summary>
/// Starts the real <c>scorelang lsp</c> process and talks LSP to it over stdio, as an editor does: initialize, a broken
/// file's diagnostics, a rule's decay schedule, a score's band distribution over the sample data of a scorelang.json,
/// property completion, renaming a group, running the tests of a code lens, formatting, shutdown and exit.
/// </summary>
public sealed class EndToEndTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("scorelang-lsp-e2e-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task TheRealServerProcess_AnswersAnEditorsSession()
    {
        File.Copy(Samples.PathOf("crm.schema"), Path.Combine(_folder, "crm.schema"));
        File.Copy(Samples.PathOf("scorelang.json"), Path.Combine(_folder, "scorelang.json"));
        Directory.CreateDirectory(Path.Combine(_folder, "data"));
        foreach (var file in Directory.EnumerateFiles(Samples.PathOf("data")))
        {
            File.Copy(file, Path.Combine(_folder, "data", Path.GetFileName(file)));
        }

        var scorePath = Path.Combine(_folder, "lead-scoring.score");
        var score = Samples.Read("lead-scoring.score");
        File.WriteAllText(scorePath, score);
        var scoreUri = new Uri(scorePath).AbsoluteUri;
        var brokenUri = new Uri(Path.Combine(_folder, "broken.score")).AbsoluteUri;

        using var process = Start();
        var stderr = process.StandardError.ReadToEndAsync();
        var sink = new DiagnosticsSink();
        using var rpc = new JsonRpc(new HeaderDelimitedMessageHandler(process.StandardInput.BaseStream, process.StandardOutput.BaseStream, LspTestClient.CreateFormatter()));
        rpc.AddLocalRpcMethod(typeof(DiagnosticsSink).GetMethod(nameof(DiagnosticsSink.Publish))!, sink, new JsonRpcMethodAttribute(Methods.TextDocumentPublishDiagnostics) { UseSingleObjectParameterDeserialization = true });
        rpc.StartListening();

        var initialized = await Call<InitializeResult>(rpc, Methods.Initialize, new InitializeParams(Environment.ProcessId, new ClientInfo("e2e"), RootUri: new Uri(_folder).AbsoluteUri, Capabilities: new ClientCapabilities()));
        await rpc.NotifyWithParameterObjectAsync(Methods.Initialized, new InitializedParams());
        Assert.True(initialized.Capabilities.HoverProvider);

        await rpc.NotifyWithParameterObjectAsync(Methods.TextDocumentDidOpen, new DidOpenTextDocumentParams(new TextDocumentItem(brokenUri, "scorelang", 1, "import \"crm.schema\"\nscore s for contact {\n  kind fit\n  group g {\n    when job_titel contains \"CTO\" +10\n  }\n}\n")));
        var broken = await sink.WaitAsync(brokenUri);
        var unknown = Assert.Single(broken.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(new Position(4, 9), unknown.Range.Start);
        Assert.StartsWith("SL2", unknown.Code, StringComparison.Ordinal);
        Assert.Contains("job_title", unknown.Message, StringComparison.Ordinal);

        await rpc.NotifyWithParameterObjectAsync(Methods.TextDocumentDidOpen, new DidOpenTextDocumentParams(new TextDocumentItem(scoreUri, "scorelang", 1, score)));
        var document = new TextDocumentIdentifier(scoreUri);
        var hover = await Call<Hover>(rpc, Methods.TextDocumentHover, new HoverParams(document, TextPositions.Of(score, "+6", 1)));
        Assert.Contains("6 → 3 after 1 month → 0 after 2 months", hover.Contents.Value, StringComparison.Ordinal);

        // With scorelang.json beside the file, a score's hover shows the sample records per band (they load in the background).
        var scoreHover = new HoverParams(document, TextPositions.Of(score, "score contact_engagement", 8));
        var bands = (await Call<Hover>(rpc, Methods.TextDocumentHover, scoreHover)).Contents.Value;
        for (var attempt = 0; attempt < 60 && bands.Contains("Loading the sample data", StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(500);
            bands = (await Call<Hover>(rpc, Methods.TextDocumentHover, scoreHover)).Contents.Value;
        }

        Assert.Contains("**Sample data** `data` as of 2024-07-01: 301 `contact` records", bands, StringComparison.Ordinal);
        Assert.Matches(@"\| high \| \d+ \| [\d.]+% \|", bands);

        var completion = await Call<CompletionList>(rpc, Methods.TextDocumentCompletion, new CompletionParams(document, TextPositions.Of(score, "job_title starts", 4)));
        Assert.Contains(completion.Items, i => i.Label == "job_title" && i.Kind == CompletionItemKind.Property);

        var rename = await Call<WorkspaceEdit>(rpc, Methods.TextDocumentRename, new RenameParams(document, TextPositions.Of(score, "group sales", 7), "sales_team"));
        Assert.Contains(rename.Changes![scoreUri], e => e.Range.Start == TextPositions.Of(score, "expect sales", 7));

        var lenses = await Call<List<CodeLens>>(rpc, Methods.TextDocumentCodeLens, new CodeLensParams(document));
        var run = lenses.First(l => l.Command!.CommandIdentifier == ScoreLangCommands.RunTestsInFile).Command!;
        var results = await Call<RunTestsResult>(rpc, Methods.WorkspaceExecuteCommand, new ExecuteCommandParams(run.CommandIdentifier, run.Arguments));
        Assert.Equal(0, results.Failed);
        Assert.True(results.Passed >= 3);

        var messyUri = new Uri(Path.Combine(_folder, "messy.schema")).AbsoluteUri;
        await rpc.NotifyWithParameterObjectAsync(Methods.TextDocumentDidOpen, new DidOpenTextDocumentParams(new TextDocumentItem(messyUri, "scorelang", 1, "list   a  of contact\n")));
        var edits = await Call<List<TextEdit>>(rpc, Methods.TextDocumentFormatting, new DocumentFormattingParams(new TextDocumentIdentifier(messyUri), new FormattingOptions(2, true)));
        Assert.NotEmpty(edits);

        await Call<JsonElement?>(rpc, Methods.Shutdown, null);
        await rpc.NotifyAsync(Methods.Exit);
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)), "the server exits after 'exit'");
        Assert.Equal(0, process.ExitCode);
        Assert.DoesNotContain("Exception", await stderr, StringComparison.Ordinal);
    }

    private static Task<T> Call<T>(JsonRpc rpc, string method, object? parameters) =>
        rpc.InvokeWithParameterObjectAsync<T>(method, parameters).WaitAsync(TimeSpan.FromSeconds(60));

    private Process Start()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "scorelang.dll"));
        start.ArgumentList.Add("lsp");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return Process.Start(start)!;
    }

    /// <summary>Receives <c>textDocument/publishDiagnostics</c> from the server process.</summary>
    internal sealed class DiagnosticsSink
    {
        private readonly List<PublishDiagnosticsParams> _received = [];
        private readonly Lock _gate = new();

        public void Publish(PublishDiagnosticsParams diagnostics)
        {
            lock (_gate)
            {
                _received.Add(diagnostics);
            }
        }

        internal async Task<PublishDiagnosticsParams> WaitAsync(string uri)
        {
            for (var i = 0; i < 600; i++)
            {
                lock (_gate)
                {
                    if (_received.LastOrDefault(d => d.Uri == uri) is { } found)
                    {
                        return found;
                    }
                }

                await Task.Delay(100);
            }

            throw new TimeoutException($"No diagnostics for {uri}.");
        }
    }
}
