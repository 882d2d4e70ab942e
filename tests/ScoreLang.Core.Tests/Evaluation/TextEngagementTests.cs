using Xunit;
using static ScoreLang.Core.Tests.Evaluation.ScoreText;

namespace ScoreLang.Core.Tests.Evaluation;

/// <summary>Engagement scores written as text, checked by their own in-file tests (S5, S9-S19, S31-S33).</summary>
public sealed class TextEngagementTests
{
    private const string WorkedExample = """
        score contact_engagement for contact {
          kind engagement
          limit 100
          group sales "Sales engagement" limit 60 {
            event call_started +15
            event meeting_booked +10
            event meeting_completed +20
          }
          group marketing "Marketing engagement" limit 40 {
            event cta_clicked +6
            event marketing_email_opened +2
            event marketing_email_clicked +5
          }
          test "books a meeting, opens two emails, clicks three links" {
            as of 2024-03-01
            event meeting_booked
            event marketing_email_opened x2
            event marketing_email_clicked x3
            expect sales == 10
            expect marketing == 19
            expect score == 29
          }
          test "the groups stop at their limits and the score at 100" {
            event meeting_completed x4
            event call_started x3
            event cta_clicked x8
            expect sales == 60
            expect marketing == 40
            expect score == 100
          }
        }
        """;

    [Fact]
    public void WorkedExample_FromText_SalesTenMarketingNineteenScoreTwentyNine_S5_S9_S13_S14() => RunTests(WorkedExample, 2);

    [Fact]
    public void StepDecay_FromText_TenFiveZeroAndTwoPointsGoneAfterFourMonths_S18() => RunTests("""
        score s for contact {
          kind engagement
          group forms decay 50% every 1 month {
            event form_submitted +10
          }
          group ctas {
            event cta_clicked +2 decay 100% every 3 months
          }
          test "on submission" { as of 2024-06-15  event form_submitted at 2024-06-15  expect forms == 10 }
          test "one month later" { as of 2024-06-15  event form_submitted at 1 month ago  expect forms == 5 }
          test "two months later" { as of 2024-06-15  event form_submitted at 2 months ago  expect forms == 0 }
          test "a CTA click four months ago" { as of 2024-06-15  event cta_clicked at 4 months ago  expect ctas == 0 }
          test "a CTA click two months ago" { as of 2024-06-15  event cta_clicked at 2 months ago  expect ctas == 2 }
          test "each occurrence decays on its own" {
            as of 2024-06-15
            event form_submitted at 2024-06-15
            event form_submitted at 2024-05-15
            event form_submitted at 2024-04-15
            expect forms == 15
          }
        }
        """, 6);

    [Fact]
    public void Decay_FromText_CalendarMonthsLinearHalfLifeAndFutureEvents_S19() => RunTests("""
        score s for contact {
          kind engagement
          group stepped decay 50% every 1 month { event cta_clicked +10 }
          group linear decay 100% over 30 days { event marketing_email_clicked +10 }
          group half decay half-life 30 days { event marketing_email_opened +8 }
          test "31 January plus one month is 29 February (leap year)" {
            as of 2024-02-29
            event cta_clicked at 2024-01-31
            expect stepped == 5
          }
          test "28 February is not yet a month after 31 January" {
            as of 2024-02-28
            event cta_clicked at 2024-01-31
            expect stepped == 10
          }
          test "linear: half the points after half the period" {
            as of 2024-01-16
            event marketing_email_clicked at 2024-01-01
            expect linear == 5
          }
          test "half-life: a quarter after two half-lives" {
            as of 2024-03-01
            event marketing_email_opened at 60 days ago
            expect half == 2
          }
          test "events after the evaluation date are ignored" {
            as of 2024-03-01
            event cta_clicked at 2024-03-02
            event marketing_email_clicked at 2025-01-01
            expect score == 0
          }
        }
        """, 5);

    [Fact]
    public void EventRules_FromText_OnceWindowWhereAndVisitRanges_S10_S12() => RunTests("""
        score s for contact {
          kind engagement
          group pricing { event page_viewed where url contains "/pricing" once +4 }
          group recent { event page_viewed within last 30 days +1 }
          group visits {
            event website_visit count 2..5 +3
            event website_visit count 6.. +6
          }
          test "seven visits give 6, not 9; pricing counts once; only recent views count" {
            as of 2024-06-01
            event website_visit x7
            event page_viewed x3 { url: "https://example.com/PRICING" } at 2024-05-20
            event page_viewed { url: "https://example.com/blog" } at 2024-03-01
            expect visits == 6
            expect pricing == 4
            expect recent == 3
          }
          test "three visits give 3" {
            event website_visit x3
            expect visits == 3
          }
          test "one visit gives nothing" {
            event website_visit
            expect visits == 0
          }
        }
        """, 3);

    [Fact]
    public void NegativeCriteriaFloorsSharesAndCustomEvents_FromText_S16_S31_S32_S33() => RunTests("""
        event unsubscribed on contact
        event webinar_attended on contact { topic: string }
        score s for contact {
          kind engagement
          limit 100
          group emails limit 25% {
            event marketing_email_clicked +5
            event unsubscribed -20
          }
          group webinars limit 25% { event webinar_attended where topic starts with "pricing" +10 }
          group page_views limit 25% { event page_viewed +1 }
          group events limit 25% { event meeting_completed +10 }
          test "page views are capped at a quarter (S33)" {
            event page_viewed x80
            event webinar_attended { topic: "Pricing deep dive" }
            event webinar_attended { topic: "Onboarding" }
            expect page_views == 25
            expect webinars == 10
            expect score == 35
          }
          test "unsubscribing takes points off but never below 0 (S16, S31)" {
            event marketing_email_clicked x2
            event unsubscribed
            expect emails == 0
            expect score == 0
          }
        }
        """, 2);
}
