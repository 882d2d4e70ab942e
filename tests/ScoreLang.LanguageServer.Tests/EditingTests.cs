using System.Text.Json;
using ScoreLang.LanguageServer.Protocol;
using ScoreLang.LanguageServer.Tests.Infrastructure;
using ScoreLang.Text;
using Xunit;

namespace ScoreLang.LanguageServer.Tests;

/// <summary>Formatting, quick fixes, test code lenses and cross-file re-checking.</summary>
public sealed class EditingTests
{
    private static readonly FormattingOptions TwoSpaces = new(2, true);

    private static string Apply(string text, IEnumerable<TextEdit> edits)
    {
        var source = SourceText.From(text);
        var changes = edits.Select(e => new TextChange(Workspace.LspPositions.ToSpan(source, e.Range), e.NewText)).OrderBy(c => c.Span.Start);
        return TextChange.Apply(text, changes);
    }

    [Fact]
    public async Task Formatting_ReturnsEditsThatProduceTheCoreFormattersOutput()
    {
        await using var client = await LspTestClient.StartAsync();
        const string messy = "record contact {   email :string\n job_title: string   }\n";
        var uri = await client.OpenAsync("file:///work/format.schema", messy);

        var edits = await client.RequestAsync<List<TextEdit>>(Methods.TextDocumentFormatting, new DocumentFormattingParams(new TextDocumentIdentifier(uri), TwoSpaces));

        Assert.NotEmpty(edits);
        Assert.Equal(Formatting.ScoreFormatter.Format(messy).Text, Apply(messy, edits));
    }

    [Fact]
    public async Task Formatting_AFileWithSyntaxErrors_ChangesNothing()
    {
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync("file:///work/format.schema", "record contact {   email : \n");

        var edits = await client.RequestAsync<List<TextEdit>>(Methods.TextDocumentFormatting, new DocumentFormattingParams(new TextDocumentIdentifier(uri), TwoSpaces));

        Assert.Empty(edits);
    }

    [Fact]
    public async Task RangeFormatting_OnlyTouchesTheSelectedDeclaration()
    {
        await using var client = await LspTestClient.StartAsync();
        const string messy = "list a   of contact\nlist b   of contact\n";
        var uri = await client.OpenAsync("file:///work/range.schema", messy);

        var edits = await client.RequestAsync<List<TextEdit>>(Methods.TextDocumentRangeFormatting, new DocumentRangeFormattingParams(
            new TextDocumentIdentifier(uri), new Protocol.Range(new Position(1, 0), new Position(1, 5)), TwoSpaces));

        Assert.Equal("list a   of contact\nlist b of contact\n", Apply(messy, edits));
    }

    [Fact]
    public async Task QuickFix_OffersTheDidYouMeanSuggestion()
    {
        await using var client = await LspTestClient.StartAsync();
        const string text = "import \"crm.schema\"\nscore f for contact {\n  kind fit\n  group g {\n    when job_titel contains \"CTO\" +10\n  }\n}\n";
        var uri = await client.OpenAsync(Samples.UriOf("quickfix.score"), text);
        var published = await client.WaitForDiagnosticsAsync(uri, p => p.Version == 1);
        var diagnostic = Assert.Single(published.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);

        var actions = await client.RequestAsync<List<CodeAction>>(Methods.TextDocumentCodeAction, new CodeActionParams(
            new TextDocumentIdentifier(uri), diagnostic.Range, new CodeActionContext([diagnostic])));

        var action = Assert.Single(actions);
        Assert.Equal(CodeActionKind.QuickFix, action.Kind);
        Assert.Equal("Change to 'job_title'", action.Title);
        var fixedText = Apply(text, action.Edit!.Changes![uri]);
        Assert.Contains("when job_title contains", fixedText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CodeLenses_ShowEachTestsResult_AndRunningThemReportsTheTally()
    {
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync(Samples.UriOf("lead-scoring.score"), Samples.Read("lead-scoring.score"));

        var lenses = await client.RequestAsync<List<CodeLens>>(Methods.TextDocumentCodeLens, new CodeLensParams(new TextDocumentIdentifier(uri)));
        var result = await client.RequestAsync<RunTestsResult>(Methods.WorkspaceExecuteCommand, new ExecuteCommandParams(
            ScoreLangCommands.RunTestsInFile, [JsonSerializer.SerializeToElement(uri)]));

        Assert.Contains(lenses, l => l.Command!.Title == "▶ Run 3 tests (3 passed, 0 failed)");
        Assert.Equal(4, lenses.Count(l => l.Command!.Title.StartsWith("✔ passed", StringComparison.Ordinal)));
        Assert.Equal(4, result.Passed);
        Assert.Equal(0, result.Failed);
    }

    [Fact]
    public async Task RunningAFailingTest_ReportsItsFailureMessage()
    {
        await using var client = await LspTestClient.StartAsync();
        var text = Samples.Read("lead-scoring.score").Replace("expect score == 29", "expect score == 30", StringComparison.Ordinal);
        var uri = await client.OpenAsync(Samples.UriOf("failing.score"), text);

        var result = await client.RequestAsync<RunTestsResult>(Methods.WorkspaceExecuteCommand, new ExecuteCommandParams(
            ScoreLangCommands.RunTest, [.. new[] { uri, "contact_engagement", "books a meeting, opens two emails, clicks three links" }.Select(a => JsonSerializer.SerializeToElement(a))]));

        var outcome = Assert.Single(result.Tests);
        Assert.False(outcome.Passed);
        Assert.Contains("29", string.Join("\n", outcome.Messages), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditingAnOpenSchema_RechecksTheOpenScoreFilesThatImportIt()
    {
        await using var client = await LspTestClient.StartAsync();
        var schema = Samples.Read("crm.schema");
        var schemaUri = await client.OpenAsync(Samples.UriOf("crm.schema"), schema);
        var scoreUri = await client.OpenAsync(Samples.UriOf("lead-scoring.score"), Samples.Read("lead-scoring.score"));
        var clean = await client.WaitForDiagnosticsAsync(scoreUri, p => p.Version == 1);
        Assert.DoesNotContain(clean.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);

        var start = TextPositions.Of(schema, "job_title: string");
        var change = new TextDocumentContentChangeEvent("role", new Protocol.Range(start, start with { Character = start.Character + "job_title".Length }));
        await client.NotifyAsync(Methods.TextDocumentDidChange, new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(schemaUri, 2), [change]));

        var broken = await client.WaitForDiagnosticsAsync(scoreUri, p => p.Diagnostics.Any(d => d.Message.Contains("job_title", StringComparison.Ordinal)));
        Assert.Contains(broken.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Code!.StartsWith("SL2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SignatureHelp_AfterDecay_ShowsTheThreeDecayForms_S19()
    {
        await using var client = await LspTestClient.StartAsync();
        const string text = "score s for contact {\n  group g {\n    event a +10 decay \n  }\n}\n";
        var uri = await client.OpenAsync("file:///work/signature.score", text);

        var help = await client.RequestAsync<SignatureHelp?>(Methods.TextDocumentSignatureHelp, new SignatureHelpParams(new TextDocumentIdentifier(uri), TextPositions.Of(text, "decay ", 6)));
        var none = await client.RequestAsync<SignatureHelp?>(Methods.TextDocumentSignatureHelp, new SignatureHelpParams(new TextDocumentIdentifier(uri), TextPositions.Of(text, "group g", 6)));

        Assert.Equal(["decay <percent>% every <duration>", "decay <percent>% over <duration>", "decay half-life <duration>"], help!.Signatures.Select(s => s.Label));
        Assert.Null(none);
    }
}
