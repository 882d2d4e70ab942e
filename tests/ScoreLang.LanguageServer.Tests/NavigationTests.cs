using ScoreLang.LanguageServer.Protocol;
using ScoreLang.LanguageServer.Tests.Infrastructure;
using StreamJsonRpc;
using Xunit;

namespace ScoreLang.LanguageServer.Tests;

/// <summary>Completion, go to definition, find references and rename.</summary>
public sealed class NavigationTests
{
    private static readonly string Score = Samples.Read("lead-scoring.score");

    [Fact]
    public async Task Completion_InAFitRule_OffersTheRecordsProperties()
    {
        await using var client = await LspTestClient.StartAsync();
        const string text = "import \"crm.schema\"\nscore f for contact {\n  kind fit\n  group g {\n    when \n  }\n}\n";
        var uri = await client.OpenAsync(Samples.UriOf("completion.score"), text);

        var list = await client.RequestAsync<CompletionList>(Methods.TextDocumentCompletion, new CompletionParams(new TextDocumentIdentifier(uri), TextPositions.Of(text, "when ", 5)));

        var jobTitle = Assert.Single(list.Items, i => i.Label == "job_title");
        Assert.Equal(CompletionItemKind.Property, jobTitle.Kind);
        Assert.Contains(list.Items, i => i.Label == "lifecycle_stage");
    }

    [Fact]
    public async Task Completion_AfterAnAssociation_OffersTheAssociatedRecordsProperties_S3()
    {
        await using var client = await LspTestClient.StartAsync();
        const string text = "import \"crm.schema\"\nscore f for contact {\n  kind fit\n  group g {\n    when company.\n  }\n}\n";
        var uri = await client.OpenAsync(Samples.UriOf("completion.score"), text);

        var list = await client.RequestAsync<CompletionList>(Methods.TextDocumentCompletion, new CompletionParams(new TextDocumentIdentifier(uri), TextPositions.Of(text, "company.", 8)));

        Assert.Contains(list.Items, i => i.Label == "num_employees");
        Assert.DoesNotContain(list.Items, i => i.Label == "job_title");
    }

    [Fact]
    public async Task Definition_OfAPropertyInAScore_IsItsDeclarationInTheImportedSchema()
    {
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync(Samples.UriOf("lead-scoring.score"), Score);

        var locations = await client.RequestAsync<List<Location>>(Methods.TextDocumentDefinition, new DefinitionParams(new TextDocumentIdentifier(uri), TextPositions.Of(Score, "job_title contains", 3)));

        var location = Assert.Single(locations);
        Assert.Equal(Samples.UriOf("crm.schema"), location.Uri);
        var schema = Samples.Read("crm.schema");
        Assert.Equal(TextPositions.Of(schema, "job_title: string"), location.Range.Start);
    }

    [Fact]
    public async Task References_OfAList_AreFoundInTheScoreAndInTheSchema()
    {
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync(Samples.UriOf("lead-scoring.score"), Score);

        var locations = await client.RequestAsync<List<Location>>(Methods.TextDocumentReferences, new ReferenceParams(new TextDocumentIdentifier(uri), TextPositions.Of(Score, "list employees", 6), new ReferenceContext(true)));

        Assert.Contains(locations, l => l.Uri == Samples.UriOf("crm.schema"));
        Assert.True(locations.Count(l => l.Uri == uri) >= 2, "exclude list employees and member of employees");
    }

    [Fact]
    public async Task RenameAGroup_RenamesItsDeclarationAndTheTestsExpectations()
    {
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync(Samples.UriOf("lead-scoring.score"), Score);
        var position = TextPositions.Of(Score, "group marketing", 7);

        var prepared = await client.RequestAsync<PrepareRenameResult>(Methods.TextDocumentPrepareRename, new PrepareRenameParams(new TextDocumentIdentifier(uri), position));
        var edit = await client.RequestAsync<WorkspaceEdit>(Methods.TextDocumentRename, new RenameParams(new TextDocumentIdentifier(uri), position, "nurture"));

        Assert.Equal("marketing", prepared.Placeholder);
        var edits = edit.Changes![uri];
        Assert.All(edits, e => Assert.Equal("nurture", e.NewText));
        Assert.Contains(edits, e => e.Range.Start == TextPositions.Of(Score, "group marketing", 6));
        Assert.Contains(edits, e => e.Range.Start == TextPositions.Of(Score, "expect marketing", 7));
        Assert.Equal(Score.Split("marketing ==").Length - 1 + 1, edits.Count);
    }

    [Fact]
    public async Task RenameToAnInvalidOrTakenName_IsRefused()
    {
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync(Samples.UriOf("lead-scoring.score"), Score);
        var position = TextPositions.Of(Score, "group marketing", 7);

        var invalid = await Assert.ThrowsAsync<RemoteInvocationException>(() =>
            client.RequestAsync<WorkspaceEdit>(Methods.TextDocumentRename, new RenameParams(new TextDocumentIdentifier(uri), position, "9 lives")));
        var taken = await Assert.ThrowsAsync<RemoteInvocationException>(() =>
            client.RequestAsync<WorkspaceEdit>(Methods.TextDocumentRename, new RenameParams(new TextDocumentIdentifier(uri), position, "sales")));

        Assert.Equal(LSPErrorCodes.RequestFailed, invalid.ErrorCode);
        Assert.Contains("already", taken.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenameASchemaProperty_RenamesItsUsesInOpenScoreFiles()
    {
        await using var client = await LspTestClient.StartAsync();
        var schema = Samples.Read("crm.schema");
        var schemaUri = await client.OpenAsync(Samples.UriOf("crm.schema"), schema);
        var scoreUri = await client.OpenAsync(Samples.UriOf("lead-scoring.score"), Score);

        var edit = await client.RequestAsync<WorkspaceEdit>(Methods.TextDocumentRename, new RenameParams(new TextDocumentIdentifier(schemaUri), TextPositions.Of(schema, "job_title: string"), "title"));

        Assert.Single(edit.Changes![schemaUri]);
        Assert.Equal(Score.Split("job_title").Length - 1, edit.Changes[scoreUri].Count);
    }

    [Fact]
    public async Task RenameASchemaProperty_AlsoRenamesItsUsesInClosedFilesOfTheWorkspaceFolder()
    {
        await using var client = await LspTestClient.StartAsync(rootUri: new Uri(Samples.Directory).AbsoluteUri);
        var schema = Samples.Read("crm.schema");
        var schemaUri = await client.OpenAsync(Samples.UriOf("crm.schema"), schema);

        var edit = await client.RequestAsync<WorkspaceEdit>(Methods.TextDocumentRename, new RenameParams(new TextDocumentIdentifier(schemaUri), TextPositions.Of(schema, "job_title: string"), "title"));

        var closedScore = Samples.UriOf("lead-scoring.score");
        Assert.True(edit.Changes!.ContainsKey(closedScore), "the closed sample score file uses job_title");
        Assert.Equal(Score.Split("job_title").Length - 1, edit.Changes[closedScore].Count);
    }
}
