using ScoreLang.Semantics;
using ScoreLang.Syntax;
using Xunit;

namespace ScoreLang.Core.Tests.Binding;

public sealed class ScoreBindingTests
{
    private const string WorkedExample = """
        score contact_engagement for contact "Contact engagement" {
          kind engagement
          limit 100
          output { score: engagement_score }
          exclude list employees
          exclude when lifecycle_stage in [customer, "opportunity"]
          group sales "Sales engagement" limit 60 {
            event call_started +15
            event meeting_booked +10
          }
          group marketing limit 40 decay 50% every 1 month {
            event marketing_email_opened +2
            event form_submitted where form == "Demo request" +10 decay 100% every 3 months
            event page_viewed where url contains "/pricing" once +4 no decay
            event website_visit count 2..5 within last 30 days +3
            event unsubscribed_everything -20
          }
          thresholds { high 70..100  medium 40..69  low 0..39 }
        }
        """;

    [Fact]
    public void WorkedExample_BindsKindLimitsOutputsAndFilters_S13_S14_S20_S22()
    {
        var score = Bind(WorkedExample.Replace("    event unsubscribed_everything -20\n", string.Empty, StringComparison.Ordinal));

        Assert.Equal(ScoreKind.Engagement, score.Kind);
        Assert.Equal("Contact engagement", score.Title);
        Assert.Equal(100, score.Limit);
        Assert.False(score.AllowNegative);
        Assert.Equal(new ScoreOutputs("engagement_score", "contact_engagement_tier", null, null), score.Outputs);
        Assert.Equal("employees", score.Filters[0].ListName);
        var excluded = Assert.IsType<BoundIn>(score.Filters[1].Condition);
        Assert.Equal(["customer", "opportunity"], excluded.Items.Select(i => i.Value));
        Assert.All(excluded.Items, i => Assert.Equal(DataKind.Enum, i.Type.Kind));
        Assert.Equal([60.0, 40.0], score.Groups.Select(g => g.Limit!.Value));
        Assert.Equal(["high", "medium", "low"], Assert.Single(score.Thresholds).Bands.Select(b => b.Label));
    }

    [Fact]
    public void EventRules_EffectiveDecayIsOwnElseGroups_CountNeverDecays_S17_S19()
    {
        var score = Bind(WorkedExample.Replace("    event unsubscribed_everything -20\n", string.Empty, StringComparison.Ordinal));
        var rules = score.FindGroup("marketing")!.Rules.Cast<BoundEventRule>().ToList();
        var monthly = new DecaySpec(DecayForm.Stepped, 50, new Duration(1, DurationUnit.Month));

        Assert.Equal(monthly, rules[0].Decay);
        Assert.Equal(new DecaySpec(DecayForm.Stepped, 100, new Duration(3, DurationUnit.Month)), rules[1].Decay);
        Assert.IsType<BoundComparison>(rules[1].Where);
        Assert.True(rules[2].Once);
        Assert.Null(rules[2].Decay);
        Assert.Equal(new CountRange(2, 5), rules[3].Count);
        Assert.Equal(new Duration(30, DurationUnit.Day), rules[3].Within);
        Assert.Null(rules[3].Decay);
        Assert.Null(score.FindGroup("sales")!.Rules.Cast<BoundEventRule>().First().Decay);
        Assert.Equal("event call_started +15", score.FindGroup("sales")!.Rules[0].Text);
    }

    [Fact]
    public void UnknownEventType_WithoutCloseName_SaysHowToDeclareIt()
    {
        var compilation = TestCompiler.CompileWithSchema(WorkedExample);

        var diagnostic = compilation.Single("SL2001");
        Assert.Equal(
            "'unsubscribed_everything' is not an event type of contact records. Declare it with 'event unsubscribed_everything on contact', or check the spelling.",
            diagnostic.Message);
        Assert.Null(diagnostic.Fix);
    }

    [Fact]
    public void PercentGroupLimit_ResolvesAgainstScoreLimit_S33()
    {
        var score = Bind("""
            score shares for contact {
              kind engagement
              limit 200
              group emails limit 25% { event marketing_email_opened +1 }
              group pages limit 25% { event page_viewed +1 }
            }
            """, allowWarnings: true);

        Assert.Equal([50.0, 50.0], score.Groups.Select(g => g.Limit!.Value));
    }

    [Fact]
    public void CombinedScore_GroupsHaveParts_FitGroupsNeverDecay_OutputsHaveFourNames_S7_S24()
    {
        var score = Bind("""
            score q for contact {
              kind combined
              limit 200
              fit group profile limit 100 { when job_title contains "director" +100 }
              engagement group activity limit 100 decay 100% over 3 months { event meeting_booked +100 }
              thresholds fit { A 70..100  B 40..69  C 0..39 }
              thresholds engagement { "1" 50..100  "2" 20..49  "3" 0..19 }
            }
            """);

        Assert.Equal([ScorePart.Fit, ScorePart.Engagement], score.Groups.Select(g => g.Part));
        Assert.Equal(new ScoreOutputs("q", "q_tier", "q_engagement", "q_fit"), score.Outputs);
        Assert.Equal(DecayForm.Linear, ((BoundEventRule)score.Groups[1].Rules[0]).Decay!.Form);
        Assert.Equal([ScorePart.Fit, ScorePart.Engagement], score.Thresholds.Select(t => t.Part!.Value));
        Assert.Equal("C1", score.Thresholds[0].Classify(10) + score.Thresholds[1].Classify(60));
    }

    [Fact]
    public void FloorNone_AllowsNegative_AndNoLimitIsUnbounded_S15_S16()
    {
        var score = Bind("""
            score legacy for contact {
              kind engagement
              floor none
              group feedback { when sales_feedback == unqualified -100 }
            }
            """);

        Assert.True(score.AllowNegative);
        Assert.Null(score.Limit);
        var rule = Assert.IsType<BoundPropertyRule>(score.Groups[0].Rules[0]);
        Assert.Equal(-100, rule.Points);
    }

    [Fact]
    public void MissingKind_IsAnErrorWithAFixThatAddsIt()
    {
        var compilation = TestCompiler.CompileWithSchema("score s for contact {\n  group g { event meeting_booked +1 }\n}");

        var diagnostic = compilation.Single("SL2015");
        Assert.Equal("{\n  kind engagement", diagnostic.Fix);
        Assert.Equal("{", diagnostic.Location.Source.ToString(diagnostic.Location.Span));
    }

    [Fact]
    public void CompanyScore_AcceptsContactEvents_ButNotEventsOfUnrelatedRecords_S2()
    {
        var compilation = TestCompiler.CompileWithSchema("""
            record deal { amount: number }
            event deal_won on deal
            score c for company {
              kind engagement
              group g { event meeting_booked +1  event deal_won +5 }
            }
            """);

        var diagnostic = compilation.Single("SL2014");
        Assert.Contains("'deal_won'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(2, compilation.Program.Scores[0].Groups[0].Rules.Length);
    }

    [Fact]
    public void OutputNames_MustBeUniquePerRecordType_AcrossScores_S22()
    {
        var compilation = TestCompiler.CompileWithSchema("""
            score a for contact { kind fit  group g { when unsubscribed -1 } }
            score b for contact { kind fit  output { score: a }  group g { when unsubscribed -1 } }
            score c for company { kind fit  output { score: a }  group g { when country == "NL" +1 } }
            """);

        var diagnostic = compilation.Single("SL2018");
        Assert.Contains("score 'a'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Single(diagnostic.Related);
    }

    private static ScoreSymbol Bind(string score, bool allowWarnings = false)
    {
        var compilation = TestCompiler.CompileWithSchema(score);
        Assert.True(allowWarnings ? !compilation.HasErrors : compilation.Diagnostics.IsEmpty, compilation.Diagnostics.Describe());
        return compilation.Program.Scores.Single();
    }
}
