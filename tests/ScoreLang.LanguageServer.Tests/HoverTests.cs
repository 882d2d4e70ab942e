using ScoreLang.LanguageServer.Protocol;
using ScoreLang.LanguageServer.Tests.Infrastructure;
using Xunit;

namespace ScoreLang.LanguageServer.Tests;

public sealed class HoverTests
{
    private const string Decaying = """
        import "crm.schema"

        score demo for contact {
          kind engagement
          limit 100
          group web "Web" limit 30 decay 50% every 1 month {
            event form_submitted where form == "Demo request" +10
            event cta_clicked +6 decay 100% over 3 months
            event page_viewed where url contains "/pricing" once +4 no decay
          }
          thresholds { high 70..100  medium 40..69  low 0..39 }
        }
        """;

    private static async Task<(LspTestClient Client, string Uri)> OpenAsync(string name, string text)
    {
        var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync(Samples.UriOf(name), text);
        return (client, uri);
    }

    private static async Task<string> HoverTextAsync(LspTestClient client, string uri, Position position)
    {
        var hover = await client.RequestAsync<Hover?>(Methods.TextDocumentHover, new HoverParams(new TextDocumentIdentifier(uri), position));
        Assert.NotNull(hover);
        Assert.Equal(MarkupKind.Markdown, hover.Contents.Kind);
        return hover.Contents.Value;
    }

    [Fact]
    public async Task RuleHover_ShowsPointsConditionAndTheDecaySchedule_S18()
    {
        var (client, uri) = await OpenAsync("hover-rule.score", Decaying);
        await using var _ = client;

        var text = await HoverTextAsync(client, uri, TextPositions.Of(Decaying, "+10", 1));

        Assert.Contains("+10 points for each `form_submitted` event where `form` is \"Demo request\"", text, StringComparison.Ordinal);
        Assert.Contains("50% every 1 month", text, StringComparison.Ordinal);
        Assert.Contains("10 → 5 after 1 month → 0 after 2 months", text, StringComparison.Ordinal);
        Assert.Contains("| 1 month | 5 |", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RuleHover_UsesTheRulesOwnDecayOverTheGroups_S19()
    {
        var (client, uri) = await OpenAsync("hover-rule.score", Decaying);
        await using var _ = client;

        var linear = await HoverTextAsync(client, uri, TextPositions.Of(Decaying, "+6", 1));
        var none = await HoverTextAsync(client, uri, TextPositions.Of(Decaying, "+4", 1));

        Assert.Contains("100% over 3 months, day by day", linear, StringComparison.Ordinal);
        Assert.Contains("→ 0 after 3 months", linear, StringComparison.Ordinal);
        Assert.Contains("once, for the most recent `page_viewed` event where `url` contains \"/pricing\"", none, StringComparison.Ordinal);
        Assert.Contains("No decay.", none, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GroupHover_ShowsItsRulesWhatItCanContributeAndItsLimit_S13()
    {
        var (client, uri) = await OpenAsync("lead-scoring.score", Samples.Read("lead-scoring.score"));
        await using var _ = client;
        var source = Samples.Read("lead-scoring.score");

        var text = await HoverTextAsync(client, uri, TextPositions.Of(source, "group sales", 6));

        Assert.Contains("**Group** `sales`", text, StringComparison.Ordinal);
        Assert.Contains("Limit: **60**", text, StringComparison.Ordinal);
        Assert.Contains("can contribute at most **60**", text, StringComparison.Ordinal);
        Assert.Contains("| `event call_started +15` | +15 |", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScoreHover_ShowsKindLimitGroupsAndThresholds_S23()
    {
        var (client, uri) = await OpenAsync("lead-scoring.score", Samples.Read("lead-scoring.score"));
        await using var _ = client;
        var source = Samples.Read("lead-scoring.score");

        var text = await HoverTextAsync(client, uri, TextPositions.Of(source, "contact_engagement", 2));

        Assert.Contains("engagement score for `contact`", text, StringComparison.Ordinal);
        Assert.Contains("Limit: **100**", text, StringComparison.Ordinal);
        Assert.Contains("| `marketing` | engagement | 40 | 40 |", text, StringComparison.Ordinal);
        Assert.Contains("| high | 70 | 100 |", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PropertyHover_ShowsTypeAndDescription_FromTheImportedSchema()
    {
        var (client, uri) = await OpenAsync("lead-scoring.score", Samples.Read("lead-scoring.score"));
        await using var _ = client;
        var source = Samples.Read("lead-scoring.score");

        var text = await HoverTextAsync(client, uri, TextPositions.Of(source, "job_title contains", 2));

        Assert.Contains("**Property** `contact.job_title`: `string`", text, StringComparison.Ordinal);
        Assert.Contains("Job title as the contact wrote it", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EventTypeHover_ListsItsAttributes()
    {
        var (client, uri) = await OpenAsync("hover-rule.score", Decaying);
        await using var _ = client;

        var text = await HoverTextAsync(client, uri, TextPositions.Of(Decaying, "form_submitted", 3));

        Assert.Contains("**Event type** `form_submitted` on `contact`", text, StringComparison.Ordinal);
        Assert.Contains("| `funnel_stage` | `enum { tofu, mofu, bofu }` |", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TestHover_ShowsTheLastResult()
    {
        var (client, uri) = await OpenAsync("lead-scoring.score", Samples.Read("lead-scoring.score"));
        await using var _ = client;
        var source = Samples.Read("lead-scoring.score");

        var text = await HoverTextAsync(client, uri, TextPositions.Of(source, "test \"books a meeting", 2));

        Assert.Contains("**Passed**", text, StringComparison.Ordinal);
        Assert.Contains("score **29**", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HoverPastTheEnd_OrOnAClosedDocument_AnswersNull()
    {
        var (client, uri) = await OpenAsync("hover-rule.score", Decaying);
        await using var _ = client;

        var pastEnd = await client.RequestAsync<Hover?>(Methods.TextDocumentHover, new HoverParams(new TextDocumentIdentifier(uri), new Position(10_000, 10_000)));
        var negative = await client.RequestAsync<Hover?>(Methods.TextDocumentHover, new HoverParams(new TextDocumentIdentifier(uri), new Position(-3, -7)));
        var closed = await client.RequestAsync<Hover?>(Methods.TextDocumentHover, new HoverParams(new TextDocumentIdentifier("file:///not/open.score"), new Position(0, 0)));

        Assert.Null(pastEnd);
        Assert.Null(negative);
        Assert.Null(closed);
    }
}
