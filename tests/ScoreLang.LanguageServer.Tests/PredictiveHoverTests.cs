using ScoreLang.LanguageServer.Protocol;
using ScoreLang.LanguageServer.Tests.Infrastructure;
using Xunit;

namespace ScoreLang.LanguageServer.Tests;

/// <summary>
/// The hover of a predictive score (S30) on the x-education sample and its real model file, copied to a folder of its
/// own so one test can replace the model: file, hash and whether it matches, inputs, outputs and closed-when.
/// </summary>
public sealed class PredictiveHoverTests : IDisposable
{
    private const string Hash = "79f17cc1f0a11fe1eee0ad727e8057a68d2c6dfbb49e3ca3789ff3974e7d972b";
    private readonly string _folder = Directory.CreateTempSubdirectory("scorelang-predictive-hover-").FullName;

    public PredictiveHoverTests()
    {
        foreach (var name in new[] { "leads.schema", "learned-conversion.score", "learned-conversion.model.zip" })
        {
            File.Copy(Samples.PathOf(Path.Combine("x-education", name)), Path.Combine(_folder, name));
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task PredictiveScoreHover_ShowsModelHashMatchInputsOutputsAndClosedWhen_S30()
    {
        var source = File.ReadAllText(Path.Combine(_folder, "learned-conversion.score")).Replace(
            "  output {", "  closed when origin == lead_import\n  output {", StringComparison.Ordinal);

        var text = await HoverAsync(source, "kind predictive");

        Assert.Contains("**Score** `learned_conversion`", text, StringComparison.Ordinal);
        Assert.Contains("predictive score for `lead`", text, StringComparison.Ordinal);
        Assert.Contains($"Model: `learned-conversion.model.zip` · sha256 `{Hash}`", text, StringComparison.Ordinal);
        Assert.Contains("The file on disk matches this hash.", text, StringComparison.Ordinal);
        Assert.Contains("Predicts `converted` with FastTree, learned from 9240 records (3561 with the outcome)", text, StringComparison.Ordinal);
        foreach (var input in new[] { "origin", "source", "do_not_email", "total_visits", "time_on_site", "occupation", "last_activity" })
        {
            Assert.Contains($"| `{input}` |", text, StringComparison.Ordinal);
        }

        Assert.Contains("Writes `learned_conversion` (probability, 0-100) and `learned_conversion_priority`", text, StringComparison.Ordinal);
        Assert.Contains("Closed when `origin` is ", text, StringComparison.Ordinal);
        Assert.Contains("lead_import", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PredictiveScoreHover_SaysWhenTheModelFileNoLongerMatchesItsHash_S30()
    {
        File.AppendAllText(Path.Combine(_folder, "learned-conversion.model.zip"), "x");
        var source = File.ReadAllText(Path.Combine(_folder, "learned-conversion.score"));

        var text = await HoverAsync(source, "learned_conversion for");

        Assert.Contains("does **not** match", text, StringComparison.Ordinal);
        Assert.Contains("SL5005", text, StringComparison.Ordinal);
        Assert.DoesNotContain("matches this hash", text, StringComparison.Ordinal);
        Assert.Contains("No closed-when condition", text, StringComparison.Ordinal);
    }

    private async Task<string> HoverAsync(string source, string at)
    {
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync(new Uri(Path.Combine(_folder, "learned-conversion.score")).AbsoluteUri, source);
        var hover = await client.RequestAsync<Hover?>(Methods.TextDocumentHover, new HoverParams(new TextDocumentIdentifier(uri), TextPositions.Of(source, at, 1)));
        Assert.NotNull(hover);
        return hover.Contents.Value;
    }
}
