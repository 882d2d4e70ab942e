using System.Text.Json;
using ScoreLang.Evaluation;
using ScoreLang.LanguageServer.Protocol;
using ScoreLang.LanguageServer.Server;
using ScoreLang.LanguageServer.Workspace;
using StreamJsonRpc;

namespace ScoreLang.LanguageServer.Handlers;

/// <summary>
/// <c>workspace/executeCommand</c> for ScoreLang's commands: run one in-file test or all tests of a file, on the text
/// as it is now. Answers with a <see cref="RunTestsResult"/> and tells the user the tally.
/// </summary>
internal sealed class ExecuteCommandHandler(DocumentRequests requests, LanguageClient client)
{
    [JsonRpcMethod(Methods.WorkspaceExecuteCommand, UseSingleObjectParameterDeserialization = true)]
    public Task<RunTestsResult?> ExecuteCommandAsync(ExecuteCommandParams request, CancellationToken cancellationToken)
    {
        var arguments = request?.Arguments?.Select(a => a.ValueKind == JsonValueKind.String ? a.GetString() : null).ToList() ?? [];
        if (request?.Command is not (ScoreLangCommands.RunTest or ScoreLangCommands.RunTestsInFile))
        {
            throw new LocalRpcException($"Unknown command '{request?.Command}'. Known: {string.Join(", ", ScoreLangCommands.All)}.") { ErrorCode = ErrorCodes.InvalidParams };
        }

        if (arguments.Count == 0 || arguments[0] is not { } uri)
        {
            throw new LocalRpcException($"'{request.Command}' needs the document URI as its first argument.") { ErrorCode = ErrorCodes.InvalidParams };
        }

        var scoreName = arguments.ElementAtOrDefault(1);
        var testName = request.Command == ScoreLangCommands.RunTest ? arguments.ElementAtOrDefault(2) : null;
        return requests.RunAsync(new TextDocumentIdentifier(uri), context => Run(context, scoreName, testName), cancellationToken);
    }

    private RunTestsResult Run(DocumentContext context, string? scoreName, string? testName)
    {
        if (context.Analysis.HasErrors || context.Analysis.Compilation is not { } compilation)
        {
            _ = client.ShowMessageAsync(new ShowMessageParams(MessageType.Warning, "Tests not run: the file has errors. Fix them first."));
            return new RunTestsResult(0, 0, []);
        }

        var runner = new TestRunner(compilation.Program);
        var results = context.Analysis.Scores
            .Where(s => scoreName is null || s.Name == scoreName)
            .SelectMany(s => s.Tests.Where(t => testName is null || t.Name == testName).Select(t => runner.Run(s, t)))
            .ToList();
        var outcomes = results.Select(r => Outcome(context, r)).ToList();
        var passed = outcomes.Count(o => o.Passed);
        var failed = outcomes.Count - passed;
        var summary = outcomes.Count == 0 ? "No test matched." : $"{passed} passed, {failed} failed";
        _ = client.ShowMessageAsync(new ShowMessageParams(failed == 0 ? MessageType.Info : MessageType.Error, summary));
        return new RunTestsResult(passed, failed, outcomes);
    }

    private static TestOutcome Outcome(DocumentContext context, TestResult result) => new(
        result.ScoreName,
        result.Name,
        result.Passed,
        [.. result.FailureMessages],
        new Location(context.UriOf(result.Location.Path), LspPositions.ToRange(result.Location.Source, result.Location.Span)));
}
