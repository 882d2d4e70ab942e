using ScoreLang.Semantics;
using ScoreLang.Syntax;
using Xunit;

namespace ScoreLang.Core.Tests.Binding;

public sealed class TestBindingTests
{
    [Fact]
    public void Test_BuildsTheRecordAsTheEvaluatorReadsIt()
    {
        var test = BindTest("""
              as of 2024-03-01
              given { lifecycle_stage: lead, job_title: "CTO", unsubscribed: false, last_email_open: 2024-02-01 }
              given company { industry: "software", num_employees: 200 }
              member of partners
              event meeting_booked at 2024-02-20
              event marketing_email_opened x2
              event form_submitted { form: "Demo request", funnel_stage: bofu } at 1 month ago
              expect score == 29
              expect sales == 10
              expect tier == low
            """);

        var record = test.Record;
        Assert.Equal(new DateTime(2024, 3, 1, 0, 0, 0, DateTimeKind.Utc), test.AsOf);
        Assert.Equal("contact", record.RecordType);
        Assert.Equal("lead", record.GetProperty("lifecycle_stage"));
        Assert.Equal("CTO", record.GetProperty("job_title"));
        Assert.Equal(false, record.GetProperty("unsubscribed"));
        Assert.Equal(new DateTime(2024, 2, 1, 0, 0, 0, DateTimeKind.Utc), record.GetProperty("last_email_open"));
        Assert.Equal("software", record.Associated["company"].GetProperty("industry"));
        Assert.Equal(200.0, record.Associated["company"].GetProperty("num_employees"));
        Assert.Equal("company", record.Associated["company"].RecordType);
        Assert.Equal(["partners"], record.Lists);
        Assert.Equal(4, record.Events.Length);
        Assert.Equal(new DateTime(2024, 2, 20, 0, 0, 0, DateTimeKind.Utc), record.Events[0].Timestamp);
        Assert.Equal([test.AsOf, test.AsOf], record.Events.Where(e => e.Type == "marketing_email_opened").Select(e => e.Timestamp));
        var form = record.Events.Single(e => e.Type == "form_submitted");
        Assert.Equal(new DateTime(2024, 2, 1, 0, 0, 0, DateTimeKind.Utc), form.Timestamp);
        Assert.Equal("bofu", form.Attributes["funnel_stage"]);
        Assert.Equal("Demo request", form.Attributes["form"]);
    }

    [Fact]
    public void Expectations_BindTargetsOperatorsAndValues()
    {
        var test = BindTest("""
              expect score >= 29
              expect sales == 10
              expect tier != low
              expect scored
            """);

        Assert.Equal(
            [(ExpectationTarget.Score, null, ComparisonOperator.GreaterOrEqual, 29.0), (ExpectationTarget.Group, "sales", ComparisonOperator.Equal, 10.0),
             (ExpectationTarget.Tier, null, ComparisonOperator.NotEqual, (object)"low"), (ExpectationTarget.Scored, null, ComparisonOperator.Equal, null)],
            test.Expectations.Select(e => (e.Target, e.GroupName, e.Operator, e.Expected)));
    }

    [Fact]
    public void Test_WithoutAsOf_UsesTheDefaultDate()
    {
        var test = BindTest("  event meeting_booked\n  expect score == 10\n");

        Assert.Equal(BoundTest.DefaultAsOf, test.AsOf);
        Assert.Equal(BoundTest.DefaultAsOf, test.Record.Events[0].Timestamp);
    }

    [Fact]
    public void CompanyTest_ContactsCarryTheirOwnEvents_S2()
    {
        var compilation = TestCompiler.CompileWithSchema("""
            score c for company {
              kind engagement
              group meetings { event meeting_booked +20  event meeting_completed +30 }
              test "contacts" {
                as of 2024-09-01
                given { industry: software }
                contact alice { given { job_title: "CTO" } member of partners }
                contact bob { event meeting_completed at 2024-08-25 }
                event meeting_booked by alice at 2024-08-20
                expect meetings == 50
              }
            }
            """);

        compilation.AssertClean();
        var record = compilation.Program.Scores[0].Tests[0].Record;
        Assert.Equal("company", record.RecordType);
        Assert.Empty(record.Events);
        Assert.Equal(["alice", "bob"], record.Contacts.Select(c => c.Id));
        Assert.Equal("CTO", record.Contacts[0].GetProperty("job_title"));
        Assert.Equal(["partners"], record.Contacts[0].Lists);
        Assert.Equal("contact", record.Contacts[0].RecordType);
        Assert.Equal(["meeting_booked"], record.Contacts[0].Events.Select(e => e.Type));
        Assert.Equal(["meeting_completed"], record.Contacts[1].Events.Select(e => e.Type));
    }

    [Fact]
    public void TierExpectation_WithUnknownLabel_SuggestsTheClosest()
    {
        var compilation = TestCompiler.CompileWithSchema(Score("  expect tier == hihg\n"));

        Assert.Equal("high", compilation.Single("SL4003").Fix);
    }

    [Fact]
    public void CombinedTierExpectation_AcceptsFitLetterPlusEngagementDigit_S24()
    {
        var compilation = TestCompiler.CompileWithSchema("""
            score q for contact {
              kind combined
              limit 200
              fit group profile limit 100 { when job_title contains "director" +100 }
              engagement group activity limit 100 { event meeting_booked +100 }
              thresholds fit { A 70..100  B 40..69  C 0..39 }
              thresholds engagement { "1" 50..100  "2" 20..49  "3" 0..19 }
              test "c1" { event meeting_booked  expect tier == C1  expect fit == 0  expect engagement == 100 }
              test "bad" { expect tier == A }
            }
            """);

        Assert.Equal("A1", compilation.Single("SL4003").Fix);
        Assert.Equal("C1", compilation.Program.Scores[0].Tests[0].Expectations[0].Expected);
    }

    [Fact]
    public void EventAfterAsOf_IsAWarning_S19()
    {
        var compilation = TestCompiler.CompileWithSchema(Score("  as of 2024-01-01\n  event meeting_booked at 2024-02-01\n  expect score == 0\n"));

        Assert.Equal(Diagnostics.DiagnosticSeverity.Warning, compilation.Single("SL4013").Severity);
        Assert.False(compilation.HasErrors);
    }

    private static string Score(string testBody) => $$"""
        score s for contact {
          kind engagement
          limit 100
          group sales limit 60 { event meeting_booked +10 }
          group marketing limit 40 { event marketing_email_opened +2  event form_submitted +5 }
          thresholds { high 70..100  medium 40..69  low 0..39 }
          test "t" {
        {{testBody}}
          }
        }
        """;

    private static BoundTest BindTest(string testBody)
    {
        var compilation = TestCompiler.CompileWithSchema(Score(testBody));
        compilation.AssertClean();
        return compilation.Program.Scores[0].Tests[0];
    }
}
