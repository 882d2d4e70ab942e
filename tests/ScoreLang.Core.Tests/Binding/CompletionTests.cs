using Xunit;

namespace ScoreLang.Core.Tests.Binding;

public sealed class CompletionTests
{
    [Theory]
    [InlineData("score s for contact {\n  kind engagement\n  group g {\n    when |\n  }\n}", "job_title", "company")]
    [InlineData("score s for contact {\n  kind engagement\n  group g {\n    when company.|\n  }\n}", "industry", "num_employees")]
    [InlineData("score s for contact {\n  kind engagement\n  group g {\n    event |\n  }\n}", "meeting_booked", "form_submitted")]
    [InlineData("score s for contact {\n  kind engagement\n  group g {\n    event form_submitted where |\n  }\n}", "funnel_stage", "timestamp")]
    [InlineData("score s for contact {\n  kind engagement\n  group g {\n    when lifecycle_stage == |\n  }\n}", "customer", "lead")]
    [InlineData("score s for contact {\n  kind engagement\n  group g {\n    when company.industry in [software, |\n  }\n}", "retail", "finance")]
    [InlineData("score s for contact {\n  kind engagement\n  group g {\n    event form_submitted where funnel_stage == |\n  }\n}", "tofu", "bofu")]
    [InlineData("score s for contact {\n  kind engagement\n  exclude list |\n}", "employees", "partners")]
    [InlineData("score s for contact {\n  kind |\n}", "engagement", "combined")]
    [InlineData("score s for contact {\n  |\n}", "kind", "thresholds")]
    [InlineData("|", "score", "import")]
    [InlineData("score s for |", "contact", "company")]
    [InlineData("record r {\n  x: |\n}", "number", "company")]
    [InlineData("score s for contact {\n  kind engagement\n  group g {\n    event page_viewed within last 30 |\n  }\n}", "days", "months")]
    public void CompletionsAt_OfferTheNamesOfTheContext(string textWithCaret, string expected1, string expected2)
    {
        var labels = Complete(textWithCaret);

        Assert.Contains(expected1, labels);
        Assert.Contains(expected2, labels);
    }

    [Fact]
    public void CompletionsAt_AfterEnumEquals_OfferOnlyMembers()
    {
        var labels = Complete("score s for contact {\n  kind engagement\n  group g {\n    when lifecycle_stage == |\n  }\n}");

        Assert.Equal(["customer", "lead", "mql", "opportunity", "sql", "subscriber"], labels.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void CompletionsAt_InCompanyScore_OfferContactEventsAndCompanyProperties_S2()
    {
        var events = Complete("score s for company {\n  kind engagement\n  group g {\n    event |\n  }\n}");
        var properties = Complete("score s for company {\n  kind fit\n  group g {\n    when |\n  }\n}");

        Assert.Contains("meeting_booked", events);
        Assert.Contains("industry", properties);
        Assert.DoesNotContain("job_title", properties);
    }

    [Fact]
    public void CompletionsAt_InTests_OfferTestMembersTargetsFieldsAndStaticLists()
    {
        const string Score = "score s for contact {\n  kind engagement\n  limit 100\n  group sales { event meeting_booked +1 }\n  thresholds { high 50..100 low 0..49 }\n  test \"t\" {\n    BODY\n  }\n}";

        Assert.Contains("given", Complete(Score.Replace("BODY", "|", StringComparison.Ordinal)));
        Assert.Contains("sales", Complete(Score.Replace("BODY", "expect |", StringComparison.Ordinal)));
        Assert.Contains("high", Complete(Score.Replace("BODY", "expect tier == |", StringComparison.Ordinal)));
        Assert.Contains("job_title", Complete(Score.Replace("BODY", "given { |", StringComparison.Ordinal)));
        Assert.Contains("industry", Complete(Score.Replace("BODY", "given company { |", StringComparison.Ordinal)));
        Assert.Contains("software", Complete(Score.Replace("BODY", "given company { industry: |", StringComparison.Ordinal)));
        Assert.Contains("form", Complete(Score.Replace("BODY", "event form_submitted { |", StringComparison.Ordinal)));
        var lists = Complete(Score.Replace("BODY", "member of |", StringComparison.Ordinal));
        Assert.Contains("employees", lists);
        Assert.DoesNotContain("customers", lists); // defined by a condition: not settable (S4)
    }

    [Fact]
    public void CompletionsAt_InsideAStringOrComment_OfferNothing()
    {
        Assert.Empty(Complete("score s for contact \"ti|tle\" { kind fit }"));
        Assert.Empty(Complete("// a comm|ent\nscore s for contact { kind fit }"));
    }

    private static List<string> Complete(string textWithCaret)
    {
        var text = "import \"crm.schema\"\n" + textWithCaret;
        var position = text.IndexOf('|', StringComparison.Ordinal);
        var compilation = TestCompiler.Compile(text.Remove(position, 1));
        var model = compilation.GetSemanticModel(compilation.SyntaxTrees[0]);
        return [.. model.CompletionsAt(position).Select(c => c.Label)];
    }
}
