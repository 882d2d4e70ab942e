using ScoreLang.Evaluation;
using ScoreLang.Semantics;
using ScoreLang.Syntax;
using Xunit;
using static ScoreLang.Core.Tests.Evaluation.ModelBuilder;
using static ScoreLang.Core.Tests.Evaluation.RecordBuilder;
using ValueType = ScoreLang.Semantics.ValueType;

namespace ScoreLang.Core.Tests.Evaluation;

/// <summary>
/// The legacy "HubSpot score" of source 001 (the French marketer's guide) and its "test a contact" button (S28):
/// forms TOFU +5, MOFU +10 (webinar) or +20 (technical guide), BOFU +50; visits 2-5 +3 and 6+ +6 (not cumulative,
/// S12); sales feedback "Unqualified" -100; MQL 35-64, SQL 65+; no maximum (S15) and no floor (S16).
/// </summary>
public sealed class LegacyGuideTests
{
    private static readonly DateTime AsOf = Utc(2021, 8, 10); // the guide's publication date
    private static readonly BoundAttributeAccess Stage = Attr("funnel_stage", ValueType.EnumOf(["tofu", "mofu", "bofu"]));
    private static readonly BoundAttributeAccess Form = Attr("form", ValueType.String);

    internal static ScoreSymbol HubSpotScore()
    {
        var guide = Compare(Form, ComparisonOperator.Contains, "guide");
        var content = Group(
            "content",
            null,
            Event("form_submitted", 5, where: Eq(Stage, "tofu")),
            Event("form_submitted", 10, where: And(Eq(Stage, "mofu"), Not(guide))),
            Event("form_submitted", 20, where: And(Eq(Stage, "mofu"), guide)),
            Event("form_submitted", 50, where: Eq(Stage, "bofu")));
        var visits = Group(
            "visits",
            null,
            Event("website_visit", 3, count: new CountRange(2, 5)),
            Event("website_visit", 6, count: new CountRange(6, null)));
        var feedback = Group("feedback", null, When(Eq(Prop("sales_feedback", ValueType.EnumOf(["true_sql", "not_ready", "unqualified"])), "unqualified"), -100));
        return Score("hubspot_score", ScoreKind.Engagement, null, content, visits, feedback) with
        {
            AllowNegative = true,
            Thresholds = [Thresholds(("MQL", 35, 64), ("SQL", 65, null))],
        };
    }

    /// <summary>
    /// Claire downloaded an introductory white paper (TOFU), registered for a webinar (MOFU, +10) and read a technical
    /// guide (MOFU, +20), and visited the site seven times.
    /// </summary>
    private static RecordData Claire() => Contact("claire")
        .WithEvent("form_submitted", Utc(2021, 6, 1), ("form", "Checklist: 10 étapes"), ("funnel_stage", "tofu"))
        .WithEvent("form_submitted", Utc(2021, 6, 20), ("form", "Webinar inscription"), ("funnel_stage", "mofu"))
        .WithEvent("form_submitted", Utc(2021, 7, 2), ("form", "Technical guide"), ("funnel_stage", "mofu"))
        .WithEvents("website_visit", 7, Utc(2021, 7, 15));

    [Fact]
    public void LegacyGuideTestContact_WhitePaperWebinarGuideSevenVisits_IsAnMqlWithFortyOne_S28_S12_S23()
    {
        // By hand: content 5 + 10 + 20 = 35; visits: 7 is in "6 or more" only, so +6 (not 3 + 6); feedback 0.
        // Total 41, no maximum: in 35..64, an MQL.
        var result = Evaluate(HubSpotScore(), Claire(), AsOf);

        Assert.Equal(35, result.FindGroup("content")!.Value);
        Assert.Equal(6, result.FindGroup("visits")!.Value);
        Assert.Equal(0, result.FindGroup("feedback")!.Value);
        Assert.Equal(41, result.Score);
        Assert.Equal("MQL", result.Tier);

        // The breakdown the guide's "Tester le contact" shows: which criteria she meets and which she does not.
        var rules = result.Groups.SelectMany(g => g.Rules).Select(r => r.Matched).ToArray();
        Assert.Equal([true, true, true, false, false, true, false], rules);
    }

    [Fact]
    public void LegacyGuideTestContact_ThenRequestsADemo_BecomesAnSqlWithNinetyOne_S23_S15()
    {
        // By hand: 41 + BOFU 50 = 91, above 65 and with no maximum to cap it: SQL.
        var claire = Claire().WithEvent("form_submitted", Utc(2021, 8, 1), ("form", "Demande de démo"), ("funnel_stage", "bofu"));

        var result = Evaluate(HubSpotScore(), claire, AsOf);

        Assert.Equal(91, result.Score);
        Assert.Equal("SQL", result.Tier);
    }

    [Fact]
    public void LegacyGuideTestContact_SalesSaysUnqualified_LosesHundredAndGoesNegative_S16_S31()
    {
        // By hand: 91 - 100 = -9; the legacy score has no floor, and -9 is in no band (no lifecycle label).
        var claire = Claire()
            .WithEvent("form_submitted", Utc(2021, 8, 1), ("form", "Demande de démo"), ("funnel_stage", "bofu"))
            .With("sales_feedback", "unqualified");

        var result = Evaluate(HubSpotScore(), claire, AsOf);

        Assert.Equal(-100, result.FindGroup("feedback")!.Value);
        Assert.Equal(-9, result.Score);
        Assert.Null(result.Tier);
        Assert.True(result.IsScored);
    }
}
