using System.Diagnostics;
using System.Globalization;
using System.Text;
using ScoreLang.LanguageServer.Protocol;
using ScoreLang.LanguageServer.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace ScoreLang.LanguageServer.Tests;

/// <summary>
/// A 10,000-line score file: hover and completion must answer correctly, and warm requests well under 100 ms. The
/// median is asserted only against that bound, as a sanity check (completion and hover find the caret by binary
/// search, not by scanning the file); the real figures belong to the benchmarks. The first request includes the analysis.
/// </summary>
public sealed class LargeFileTests(ITestOutputHelper output)
{
    private const int Groups = 500;
    private const int RulesPerGroup = 18;

    private static string Generate()
    {
        var text = new StringBuilder("import \"crm.schema\"\n\nscore big for contact \"A very large score\" {\n  kind engagement\n");
        for (var g = 0; g < Groups; g++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  group g{g} limit 50 decay 50% every 1 month {{\n");
            for (var r = 0; r < RulesPerGroup; r++)
            {
                text.Append(CultureInfo.InvariantCulture, $"    event page_viewed where url contains \"/page/{g}/{r}\" +{(r % 9) + 1}\n");
            }

            text.Append("  }\n");
        }

        return text.Append("}\n").ToString();
    }

    [Fact]
    public async Task HoverAndCompletion_OnA10000LineFile_AnswerCorrectly()
    {
        var text = Generate();
        Assert.True(text.Count(c => c == '\n') >= 10_000);
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync(Samples.UriOf("large.score"), text);
        var hoverAt = TextPositions.Of(text, "\"/page/499/17\" +", 16);
        var hover = new HoverParams(new TextDocumentIdentifier(uri), hoverAt);
        var completionAt = TextPositions.Of(text, "where url", 6, occurrence: Groups * RulesPerGroup);
        var completion = new CompletionParams(new TextDocumentIdentifier(uri), completionAt);

        var cold = Stopwatch.StartNew();
        var first = await client.RequestAsync<Hover?>(Methods.TextDocumentHover, hover);
        cold.Stop();
        await client.WaitForDiagnosticsAsync(uri, p => p.Version == 1, timeoutSeconds: 120);

        var hoverTimes = new List<double>();
        var completionTimes = new List<double>();
        Hover? warm = null;
        CompletionList? items = null;
        for (var i = 0; i < 20; i++)
        {
            var watch = Stopwatch.StartNew();
            warm = await client.RequestAsync<Hover?>(Methods.TextDocumentHover, hover);
            hoverTimes.Add(watch.Elapsed.TotalMilliseconds);
            watch.Restart();
            items = await client.RequestAsync<CompletionList>(Methods.TextDocumentCompletion, completion);
            completionTimes.Add(watch.Elapsed.TotalMilliseconds);
        }

        Assert.Contains("+9 points for each `page_viewed` event where `url` contains \"/page/499/17\"", first!.Contents.Value, StringComparison.Ordinal);
        Assert.Equal(first.Contents.Value, warm!.Contents.Value);
        Assert.Contains(items!.Items, i => i.Label == "url");
        Assert.True(Median(hoverTimes) < 100, $"warm hover median {Median(hoverTimes)} ms");
        Assert.True(Median(completionTimes) < 100, $"warm completion median {Median(completionTimes)} ms");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"10,000-line file: first hover (with analysis) {cold.Elapsed.TotalMilliseconds:0} ms; warm hover median {Median(hoverTimes):0.0} ms (max {hoverTimes.Max():0.0}); completion median {Median(completionTimes):0.0} ms (max {completionTimes.Max():0.0})"));
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
