using ScoreLang.Compiler;
using ScoreLang.Data;
using ScoreLang.LanguageServer.Protocol;
using ScoreLang.LanguageServer.Tests.Infrastructure;
using ScoreLang.LanguageServer.Workspace;
using ScoreLang.Semantics;
using ScoreLang.Syntax;
using ScoreLang.Text;
using Xunit;

namespace ScoreLang.LanguageServer.Tests;

/// <summary>
/// Hover previews over the sample data a <c>scorelang.json</c> names (samples/ has one: <c>data</c>, as of 2024-07-01):
/// a score's band distribution, a property's sample values, an event type's counts; problems in the config or the data
/// become diagnostics on the config and a note in the hover, and a changed config is read again.
/// </summary>
public sealed class SamplePreviewTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("scorelang-previews-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task ScoreHover_WithSampleData_CountsTheRecordsOfEachBand_AsTheCompiledScorerDoes_S23()
    {
        var source = Samples.Read("lead-scoring.score");
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync(Samples.UriOf("lead-scoring.score"), source);

        var text = await HoverUntilLoadedAsync(client, uri, TextPositions.Of(source, "score contact_engagement", 8));

        Assert.Contains($"**Sample data** `data` as of 2024-07-01: {Contacts} `contact` records", text, StringComparison.Ordinal);
        var expected = CompiledTierCounts(Samples.PathOf("lead-scoring.score"), "contact_engagement", new DateTime(2024, 7, 1, 0, 0, 0, DateTimeKind.Utc));
        foreach (var (band, count) in expected.Tiers)
        {
            Assert.Matches($@"\| {band} \| {count} \| [\d.]+% \|", text);
        }

        Assert.Contains($"Not scored (filtered out, S20): {expected.NotScored} ", text, StringComparison.Ordinal);
        Assert.Equal(Contacts, expected.Tiers.Values.Sum() + expected.NotScored);
    }

    [Fact]
    public async Task PropertyAndEventTypeHovers_WithSampleData_ShowSampleValuesAndCounts()
    {
        var source = Samples.Read("lead-scoring.score");
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync(Samples.UriOf("lead-scoring.score"), source);

        var stage = await HoverUntilLoadedAsync(client, uri, TextPositions.Of(source, "lifecycle_stage in", 3));
        var meetings = await HoverUntilLoadedAsync(client, uri, TextPositions.Of(source, "event meeting_booked", 8));

        Assert.Matches($@"\*\*Sample data\*\* `data`: {Contacts} `contact` records, known for \d+ \([\d.]+%\): `\w+` ×\d+", stage);
        Assert.Matches(@"\*\*Sample data\*\* `data`: \d+ `meeting_booked` events on \d+ `contact` records, from 2024-\d\d-\d\d", meetings);
    }

    [Fact]
    public async Task BrokenConfig_IsADiagnosticOnTheConfig_AndANoteInTheHover()
    {
        var scoreUri = CopySamples("""{ "sampleData": 5, "colour": "red" }""");
        await using var client = await LspTestClient.StartAsync();
        var source = Samples.Read("lead-scoring.score");
        await client.OpenAsync(scoreUri, source);

        var text = await HoverUntilLoadedAsync(client, scoreUri, TextPositions.Of(source, "score contact_engagement", 8));
        var diagnostics = await client.WaitForDiagnosticsAsync(ConfigUri, p => p.Diagnostics.Count == 2);

        Assert.Contains("_Sample data: `scorelang.json` has errors", text, StringComparison.Ordinal);
        Assert.Contains("**Score** `contact_engagement`", text, StringComparison.Ordinal);
        var wrong = Assert.Single(diagnostics.Diagnostics, d => d.Code == "SL7002");
        Assert.Equal(new Protocol.Range(new Position(0, 2), new Position(0, 14)), wrong.Range); // "sampleData"
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(diagnostics.Diagnostics, d => d.Code == "SL7003").Severity);
    }

    [Theory]
    [InlineData("""{ "sampleData": "missing" }""", "SL7004", "does not exist")]
    [InlineData("""{ "sampleData": "data", "maxRows": 50 }""", "SL7005", "more than 50 rows")]
    [InlineData("""{ "sampleData": "data", """, "SL7001", "not valid JSON")]
    public async Task UnusableSampleData_IsExplained_NeverACrash(string config, string code, string message)
    {
        var scoreUri = CopySamples(config);
        await using var client = await LspTestClient.StartAsync();
        var source = Samples.Read("lead-scoring.score");
        await client.OpenAsync(scoreUri, source);

        var text = await HoverUntilLoadedAsync(client, scoreUri, TextPositions.Of(source, "score contact_engagement", 8));
        var diagnostics = await client.WaitForDiagnosticsAsync(ConfigUri, p => p.Diagnostics.Any(d => d.Code == code));

        Assert.Contains("_Sample data:", text, StringComparison.Ordinal);
        Assert.Contains(message, Assert.Single(diagnostics.Diagnostics).Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", client.Log.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangedConfig_IsReadAgain_AndAFixedOneClearsItsDiagnostics()
    {
        var scoreUri = CopySamples("""{ "sampleData": "data", "asOf": "not a date" }""");
        await using var client = await LspTestClient.StartAsync();
        var source = Samples.Read("lead-scoring.score");
        await client.OpenAsync(scoreUri, source);
        var at = TextPositions.Of(source, "score contact_engagement", 8);
        Assert.Contains("has errors", await HoverUntilLoadedAsync(client, scoreUri, at), StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(_folder, "scorelang.json"), """{ "sampleData": "data", "asOf": "2024-03-01" }""");
        File.SetLastWriteTimeUtc(Path.Combine(_folder, "scorelang.json"), DateTime.UtcNow.AddSeconds(5));
        var text = await HoverUntilLoadedAsync(client, scoreUri, at);

        Assert.Contains($"as of 2024-03-01: {Contacts} `contact` records", text, StringComparison.Ordinal);
        await client.WaitForDiagnosticsAsync(ConfigUri, p => p.Diagnostics.Count == 0);
    }

    /// <summary>The contacts of samples/data (one per line of contact.csv after its header).</summary>
    private static int Contacts { get; } = File.ReadLines(Samples.PathOf(Path.Combine("data", "contact.csv"))).Count(l => l.Length > 0) - 1;

    private string ConfigUri => new Uri(Path.Combine(_folder, "scorelang.json")).AbsoluteUri;

    /// <summary>Copies the schema, the score file and the sample data into the temporary folder with the given config.</summary>
    private string CopySamples(string config)
    {
        File.Copy(Samples.PathOf("crm.schema"), Path.Combine(_folder, "crm.schema"));
        File.Copy(Samples.PathOf("lead-scoring.score"), Path.Combine(_folder, "lead-scoring.score"));
        Directory.CreateDirectory(Path.Combine(_folder, "data"));
        foreach (var file in Directory.EnumerateFiles(Samples.PathOf("data")))
        {
            File.Copy(file, Path.Combine(_folder, "data", Path.GetFileName(file)));
        }

        File.WriteAllText(Path.Combine(_folder, "scorelang.json"), config);
        return new Uri(Path.Combine(_folder, "lead-scoring.score")).AbsoluteUri;
    }

    /// <summary>Hovers until the answer no longer says the sample data is loading (it loads in the background).</summary>
    private static async Task<string> HoverUntilLoadedAsync(LspTestClient client, string uri, Position position)
    {
        for (var attempt = 0; ; attempt++)
        {
            var hover = await client.RequestAsync<Hover?>(Methods.TextDocumentHover, new HoverParams(new TextDocumentIdentifier(uri), position));
            Assert.NotNull(hover);
            if (!hover.Contents.Value.Contains("Loading the sample data", StringComparison.Ordinal) || attempt == 60)
            {
                return hover.Contents.Value;
            }

            await Task.Delay(500);
        }
    }

    /// <summary>The oracle: the compiled scorer (not the evaluator the hover uses) run over the same data.</summary>
    private static (Dictionary<string, int> Tiers, int NotScored) CompiledTierCounts(string scorePath, string scoreName, DateTime asOf)
    {
        var tree = SyntaxTree.Parse(SourceText.From(File.ReadAllText(scorePath), scorePath));
        var program = Compilation.Create(tree, new FileSystemSourceResolver()).Program;
        var data = DataSetLoader.Load(program.Schema, DataSource.Folder(Path.Combine(Path.GetDirectoryName(scorePath)!, "data"))).Data;
        var columns = ScoreCompiler.Compile(program).Run(data, asOf)[scoreName];
        var tiers = new Dictionary<string, int>(StringComparer.Ordinal);
        var notScored = 0;
        for (var row = 0; row < columns.Count; row++)
        {
            if (columns.TierOf(row) is { } tier)
            {
                tiers[tier] = tiers.GetValueOrDefault(tier) + 1;
            }
            else if (!columns.IsScored(row))
            {
                notScored++;
            }
        }

        return (tiers, notScored);
    }
}
