using ScoreLang.Evaluation;
using Xunit;
using static ScoreLang.Core.Tests.Evaluation.ModelBuilder;
using static ScoreLang.Core.Tests.Evaluation.RecordBuilder;
using static ScoreLang.Core.Tests.Evaluation.ScoreText;

namespace ScoreLang.Core.Tests.Evaluation;

/// <summary>
/// The legacy "HubSpot score" of source 001 written as text, with the guide's test contact worked out by hand (S12,
/// S15, S16, S23, S28), plus history and failure reporting from text (S25-S27).
/// </summary>
public sealed class TextLegacyGuideTests
{
    private const string HubSpotScore = """
        score hubspot_score for contact "HubSpot score (legacy, source 001)" {
          kind engagement
          floor none
          group content "Forms by funnel stage" {
            event form_submitted where funnel_stage == tofu +5
            event form_submitted where funnel_stage == mofu and not (form contains "guide") +10
            event form_submitted where funnel_stage == mofu and form contains "guide" +20
            event form_submitted where funnel_stage == bofu +50
          }
          group visits "Website visits" {
            event website_visit count 2..5 +3
            event website_visit count 6.. +6
          }
          group feedback "Sales feedback" {
            when sales_feedback == unqualified -100
          }
          thresholds { MQL 35..64  SQL 65.. }

          // Claire: a checklist (TOFU +5), a webinar (MOFU +10), a technical guide (MOFU +20) and 7 visits
          // (+6, not 3 + 6): 5 + 10 + 20 + 6 = 41, an MQL.
          test "the guide's test contact is an MQL" {
            as of 2021-08-10
            event form_submitted { form: "Checklist", funnel_stage: tofu } at 2021-06-01
            event form_submitted { form: "Webinar", funnel_stage: mofu } at 2021-06-20
            event form_submitted { form: "Technical guide", funnel_stage: mofu } at 2021-07-02
            event website_visit x7 at 2021-07-15
            expect content == 35
            expect visits == 6
            expect score == 41
            expect tier == MQL
          }

          // The same contact requests a demo (BOFU +50): 91, no maximum caps it: SQL.
          test "a demo request makes her an SQL" {
            as of 2021-08-10
            event form_submitted { form: "Checklist", funnel_stage: tofu } at 2021-06-01
            event form_submitted { form: "Webinar", funnel_stage: mofu } at 2021-06-20
            event form_submitted { form: "Technical guide", funnel_stage: mofu } at 2021-07-02
            event form_submitted { form: "Demo", funnel_stage: bofu } at 2021-08-01
            event website_visit x7 at 2021-07-15
            expect score == 91
            expect tier == SQL
          }

          // Sales says "Unqualified": 91 - 100 = -9, below zero with floor none, and in no band.
          test "unqualified sales feedback takes 100 points off" {
            as of 2021-08-10
            given { sales_feedback: unqualified }
            event form_submitted { form: "Checklist", funnel_stage: tofu } at 2021-06-01
            event form_submitted { form: "Webinar", funnel_stage: mofu } at 2021-06-20
            event form_submitted { form: "Technical guide", funnel_stage: mofu } at 2021-07-02
            event form_submitted { form: "Demo", funnel_stage: bofu } at 2021-08-01
            event website_visit x7 at 2021-07-15
            expect feedback == -100
            expect score == -9
            expect tier != MQL
            expect tier != SQL
          }

          test "without activity, the score has no maximum and no minimum but starts at 0" {
            expect score == 0
          }
        }
        """;

    [Fact]
    public void LegacyGuideTestContact_FromText_MqlThenSqlThenMinusNine_S12_S15_S16_S23_S28() => RunTests(HubSpotScore, 4);

    [Fact]
    public void LegacyGuideTestContact_FromText_TheExplanationShowsWhichCriteriaSheMeets_S28()
    {
        var claire = Contact("claire")
            .WithEvent("form_submitted", Utc(2021, 6, 1), ("form", "Checklist"), ("funnel_stage", "tofu"))
            .WithEvent("form_submitted", Utc(2021, 7, 2), ("form", "Technical guide"), ("funnel_stage", "mofu"))
            .WithEvents("website_visit", 7, Utc(2021, 7, 15));

        var result = Evaluate(HubSpotScore, claire, Utc(2021, 8, 10));

        var explanation = result.Groups.SelectMany(g => g.Rules).Select(r => (r.Rule.Points, r.Matched, r.Occurrences, r.Points)).ToArray();
        Assert.Equal(
            [(5.0, true, 1, 5.0), (10.0, false, 0, 0.0), (20.0, true, 1, 20.0), (50.0, false, 0, 0.0), (3.0, false, 7, 0.0), (6.0, true, 7, 6.0), (-100.0, false, 0, 0.0)],
            explanation);
        Assert.Equal(31, result.Score);
    }

    [Fact]
    public void History_FromText_ScoreOverTimeAndTheDayShePassedTheSqlThreshold_S25_S26_S27()
    {
        var program = Compile(HubSpotScore);
        var score = Assert.Single(program.Scores);
        var claire = Contact("claire")
            .WithEvent("form_submitted", Utc(2021, 6, 1), ("form", "Checklist"), ("funnel_stage", "tofu"))
            .WithEvent("form_submitted", Utc(2021, 6, 20), ("form", "Technical guide"), ("funnel_stage", "mofu"))
            .WithEvents("website_visit", 6, Utc(2021, 6, 25))
            .WithEvent("form_submitted", Utc(2021, 8, 1), ("form", "Demo"), ("funnel_stage", "bofu"));
        var dates = new[] { Utc(2021, 6, 1), Utc(2021, 7, 1), Utc(2021, 8, 1) };

        var history = ScoreHistory.Evaluate(new ReferenceEvaluator(program), score, claire, dates);

        Assert.Equal<double?>([5, 31, 81], history.Select(r => r.Score));
        Assert.Equal<string?>([null, null, "SQL"], history.Select(r => r.Tier));
        var change = Assert.Single(ScoreHistory.TierChanges(history));
        Assert.Equal((Utc(2021, 8, 1), null, "SQL"), (change.ToAsOf, change.FromTier, change.ToTier));
    }

    [Fact]
    public void FailingInFileTest_FromText_NamesTheTestTheScoreAndTheExpectationsLine()
    {
        var program = Compile("""
            score s for contact {
              kind engagement
              group g { event cta_clicked +6 }
              test "two clicks" {
                event cta_clicked x2
                expect score == 13
              }
            }
            """);

        var result = Assert.Single(new TestRunner(program).RunAll());

        Assert.False(result.Passed);
        Assert.Equal("test.score(7,5): test \"two clicks\" of score s: expect score == 13 failed: expected 13, but was 12", Assert.Single(result.FailureMessages));
    }
}
