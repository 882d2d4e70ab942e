using Xunit;
using static ScoreLang.Core.Tests.Evaluation.ScoreText;

namespace ScoreLang.Core.Tests.Evaluation;

/// <summary>Fit, combined and company scores, conditions, lists, filters and thresholds written as text (S2-S4, S6-S8, S11, S20-S24).</summary>
public sealed class TextFitAndFilterTests
{
    [Fact]
    public void PropertyConditions_FromText_EveryFormIncludingUnknownValues_S11_S3() => RunTests("""
        score fit for contact {
          kind fit
          group checks {
            when job_title contains "director" +1
            when email ends with "@GMAIL.com" +2
            when lifecycle_stage in [lead, mql] +4
            when country not in ["US"] +8
            when company.num_employees between 50 and 499 +16
            when phone is unknown +32
            when last_email_open within last 30 days +64
            when days since last_email_open > 10 +128
            when created_at more than 1 year ago +256
            when unsubscribed +512
            when not (country == "NL") +1024
          }
          test "every condition holds" {
            as of 2024-06-01
            given { job_title: "IT Director", email: "kim@gmail.com", lifecycle_stage: mql, country: "FR",
                    last_email_open: 2024-05-15, created_at: 2020-01-01, unsubscribed: true }
            given company { num_employees: 200 }
            expect score == 2047
          }
          test "unknown values make every test false except 'is unknown' and a negated comparison" {
            as of 2024-06-01
            expect score == 1056
          }
        }
        """, 2);

    [Fact]
    public void ContactFitOnCompanyAndListsFromText_S3_S4_S6() => RunTests("""
        score contact_fit for contact {
          kind fit
          limit 100
          group firmographics limit 60 {
            when company.num_employees >= 500 +30
            when company.industry in [software, finance] +20
          }
          group relations {
            when in list partners +10
            when in list customers -50
          }
          test "a partner at a large software company" {
            given company { num_employees: 800, industry: software }
            member of partners
            expect firmographics == 50
            expect relations == 10
            expect score == 60
          }
          test "a conditional list follows the record's properties, and fit does not decay" {
            as of 2030-01-01
            given { lifecycle_stage: customer }
            given company { num_employees: 900 }
            expect relations == 0
            expect score == 30
          }
        }
        """, 2);

    [Fact]
    public void CompanyEngagement_FromText_CountsItsContactsEvents_S2() => RunTests("""
        score company_engagement for company {
          kind engagement
          group meetings {
            event meeting_booked +20
            event meeting_completed +30
          }
          test "alice's and bob's meetings add up on their company" {
            as of 2024-09-01
            contact alice { given { job_title: "CTO" } }
            contact bob { }
            event meeting_booked by alice at 2024-08-20
            event meeting_completed by bob at 2024-08-25
            event meeting_booked by bob at 2024-09-02
            expect meetings == 50
          }
        }
        """, 1);

    [Fact]
    public void Combined_FromText_ThreeValuesAndTheC1Tier_S7_S24() => RunTests("""
        score lead_quality for contact {
          kind combined
          fit group profile limit 100 {
            when job_title contains "director" +70
          }
          engagement group activity limit 100 decay 100% every 1 year {
            event form_submitted where form == "Demo request" +50
            event meeting_booked +30
          }
          thresholds fit { A 70..100  B 40..69  C 0..39 }
          thresholds engagement { "1" 50..100  "2" 20..49  "3" 0..19 }
          test "a student who asks for a demo and books a meeting is C1" {
            given { job_title: "Student" }
            event form_submitted { form: "Demo request" }
            event meeting_booked
            expect fit == 0
            expect engagement == 80
            expect score == 80
            expect tier == C1
          }
          test "a director who only booked a meeting is A2" {
            given { job_title: "Sales Director" }
            event meeting_booked
            expect tier == A2
          }
        }
        """, 2);

    [Fact]
    public void TwoScoresOnOneRecordType_FromText_EachHasItsOwnValue_S8_S22() => RunTests("""
        score product_a for contact {
          kind engagement
          output { score: product_a_score, tier: product_a_band }
          group views { event page_viewed where url contains "/product-a" +1 }
          test "product A views" {
            event page_viewed x2 { url: "/product-a/pricing" }
            event page_viewed { url: "/product-b" }
            expect score == 2
          }
        }
        score product_b for contact {
          kind engagement
          group views { event page_viewed where url contains "/product-b" +1 }
          test "product B views" {
            event page_viewed x2 { url: "/product-a/pricing" }
            event page_viewed { url: "/product-b" }
            expect score == 1
          }
        }
        """, 2);

    [Fact]
    public void Filters_FromText_ExcludedRecordsAreUnscoredNotZero_S20_S21() => RunTests("""
        score s for contact {
          kind engagement
          exclude list employees
          exclude when lifecycle_stage in [customer, opportunity]
          group sales { event meeting_completed +20 }
          test "an employee is not scored" { member of employees  event meeting_completed  expect unscored }
          test "a customer is not scored" { given { lifecycle_stage: customer }  expect unscored }
          test "a lead with no activity is scored 0" { given { lifecycle_stage: lead }  expect scored  expect score == 0 }
        }
        score newsletter_only for contact {
          kind engagement
          include list partners
          group sales { event meeting_completed +20 }
          test "only partners are scored" { event meeting_completed  expect unscored }
          test "a partner is scored" { member of partners  event meeting_completed  expect score == 20 }
        }
        """, 5);

    [Fact]
    public void Thresholds_FromText_HighMediumLowAndAGap_S23() => RunTests("""
        score s for contact {
          kind engagement
          limit 100
          group g { event cta_clicked +10 }
          thresholds { high 70..100  medium 40..59  low 0..39 }
          test "70 is high" { event cta_clicked x7  expect tier == high }
          test "40 is medium" { event cta_clicked x4  expect tier == medium }
          test "60 is in the gap: no tier" { event cta_clicked x6  expect tier != medium  expect tier != high }
          test "0 is low" { expect tier == low }
        }
        """, 4);
}
