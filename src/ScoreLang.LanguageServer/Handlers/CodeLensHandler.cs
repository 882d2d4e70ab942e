using System.Globalization;
using System.Text.Json;
using ScoreLang.Evaluation;
using ScoreLang.LanguageServer.Protocol;
using ScoreLang.LanguageServer.Workspace;
using ScoreLang.Syntax;
using StreamJsonRpc;

namespace ScoreLang.LanguageServer.Handlers;

/// <summary>
/// <c>textDocument/codeLens</c>: above each score with tests, "run N tests" with the current tally; above each test,
/// its result ("✔ passed", "✘ failed: expected …"). The tests run once per analysis of the text, so the lenses show
/// the result of the text as it is; clicking runs them again (see <see cref="ExecuteCommandHandler"/>).
/// </summary>
internal sealed class CodeLensHandler(DocumentRequests requests)
{
    [JsonRpcMethod(Methods.TextDocumentCodeLens, UseSingleObjectParameterDeserialization = true)]
    public Task<IReadOnlyList<CodeLens>?> CodeLensAsync(CodeLensParams request, CancellationToken cancellationToken) =>
        requests.RunAsync<IReadOnlyList<CodeLens>>(request?.TextDocument, Compute, cancellationToken);

    private static List<CodeLens> Compute(DocumentContext context)
    {
        var lenses = new List<CodeLens>();
        if (context.Analysis.Tree is not { } tree)
        {
            return lenses;
        }

        var results = context.Analysis.TestResults;
        foreach (var score in tree.Root.Declarations.OfType<ScoreDeclarationSyntax>())
        {
            var tests = score.Members.OfType<TestDeclarationSyntax>().ToList();
            if (tests.Count == 0)
            {
                continue;
            }

            var scoreResults = tests.Select(t => Find(results, t)).ToList();
            var tally = context.Analysis.HasErrors
                ? "not run: the file has errors"
                : string.Create(CultureInfo.InvariantCulture, $"{scoreResults.Count(r => r?.Passed == true)} passed, {scoreResults.Count(r => r?.Passed == false)} failed");
            lenses.Add(Lens(context, score.Name.IsMissing ? score.Span : score.Name.Span, $"▶ Run {tests.Count} test{(tests.Count == 1 ? string.Empty : "s")} ({tally})", ScoreLangCommands.RunTestsInFile, context.Document.Uri));

            foreach (var (test, result) in tests.Zip(scoreResults))
            {
                var title = result switch
                {
                    null when context.Analysis.HasErrors => "○ not run: the file has errors",
                    null => "○ not run",
                    { Passed: true } => string.Create(CultureInfo.InvariantCulture, $"✔ passed ({result.Duration.TotalMilliseconds:0.#} ms)"),
                    _ => "✘ failed: " + Shorten(result.FailureMessages.FirstOrDefault() ?? "see the test output"),
                };
                lenses.Add(Lens(context, test.Name.Span, title, ScoreLangCommands.RunTest, context.Document.Uri, score.Name.Text, test.Name.Value));
            }
        }

        return lenses;
    }

    internal static TestResult? Find(IEnumerable<TestResult> results, TestDeclarationSyntax test) =>
        results.FirstOrDefault(r => test.Span.ContainsOrTouches(r.Location.Span.Start));

    private static CodeLens Lens(DocumentContext context, Text.TextSpan span, string title, string command, params string[] arguments) =>
        new(LspPositions.ToRange(context.Text, span), new Command(title, command, [.. arguments.Select(a => JsonSerializer.SerializeToElement(a))]));

    private static string Shorten(string message)
    {
        var line = message.Split('\n')[0].Trim();
        return line.Length <= 100 ? line : line[..97] + "...";
    }
}
