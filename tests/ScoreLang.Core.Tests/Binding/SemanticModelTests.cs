using ScoreLang.Semantics;
using ScoreLang.Syntax;
using Xunit;

namespace ScoreLang.Core.Tests.Binding;

public sealed class SemanticModelTests
{
    private const string Source = """
        import "crm.schema"
        score s for contact {
          kind engagement
          group sales limit 60 {
            event meeting_booked +10
            event form_submitted where form == "Demo request" +20
          }
          group profile {
            when company.industry == software +5
            when job_title contains "cto" +5
          }
          test "t" {
            given { job_title: "CTO" }
            event meeting_booked
            expect sales == 10
          }
        }
        """;

    [Fact]
    public void SymbolAt_FindsPropertiesEventsAttributesAndGroups()
    {
        var (compilation, model) = Model();

        Assert.IsType<EventTypeSymbol>(model.SymbolAt(TestCompiler.PositionOf(Source, "meeting_booked", 3))!.Symbol);
        var attribute = Assert.IsType<PropertySymbol>(model.SymbolAt(TestCompiler.PositionOf(Source, "form ==", 1))!.Symbol);
        Assert.Equal("form_submitted", attribute.OwnerName);
        var industry = Assert.IsType<PropertySymbol>(model.SymbolAt(TestCompiler.PositionOf(Source, "industry", 2))!.Symbol);
        Assert.Equal("company", industry.OwnerName);
        var association = model.SymbolAt(TestCompiler.PositionOf(Source, "company.", 1))!;
        Assert.Equal("contact", ((PropertySymbol)association.Symbol).OwnerName);
        var group = model.SymbolAt(TestCompiler.PositionOf(Source, "sales ==", 2))!;
        Assert.Same(compilation.Program.Scores[0].Groups[0], group.Symbol);
        Assert.False(group.IsDeclaration);
        Assert.True(model.SymbolAt(TestCompiler.PositionOf(Source, "group sales", 7))!.IsDeclaration);
        Assert.IsType<RecordTypeSymbol>(model.SymbolAt(TestCompiler.PositionOf(Source, "for contact", 5))!.Symbol);
        Assert.Null(model.SymbolAt(TestCompiler.PositionOf(Source, "limit 60", 2)));
    }

    [Fact]
    public void SymbolAt_TheCaretJustAfterAName_StillFindsIt()
    {
        var (_, model) = Model();

        var found = model.SymbolAt(TestCompiler.PositionOf(Source, "job_title contains", "job_title".Length));

        Assert.Equal("job_title", found!.Symbol.Name);
    }

    [Fact]
    public void ReferencesOf_ReturnsDeclarationInTheSchemaAndEveryUseAcrossFiles()
    {
        var (compilation, model) = Model();
        var jobTitle = compilation.Program.Schema.Records["contact"].FindProperty("job_title")!;

        var references = model.ReferencesOf(jobTitle);

        Assert.Equal(3, references.Length);
        Assert.True(references[0].IsDeclaration);
        Assert.Equal("crm.schema", references[0].Location.Path);
        Assert.All(references.Skip(1), r => Assert.Equal("test.score", r.Location.Path));
        Assert.All(references, r => Assert.Equal("job_title", r.SyntaxTree.Source.ToString(r.Span)));
    }

    [Fact]
    public void ReferencesOf_AGroup_IncludesTestExpectations()
    {
        var (compilation, model) = Model();

        var references = model.ReferencesOf(compilation.Program.Scores[0].Groups[0]);

        Assert.Equal([true, false], references.Select(r => r.IsDeclaration));
    }

    [Fact]
    public void ReferencesOf_EventType_FromTheSchemaModel_FindsRulesAndTestEvents()
    {
        var (compilation, _) = Model();
        var schemaTree = compilation.SyntaxTrees.Single(t => t.Source.Path == "crm.schema");

        var references = compilation.GetSemanticModel(schemaTree).ReferencesOf(compilation.Program.Schema.Events["meeting_booked"]);

        Assert.Equal(3, references.Length);
    }

    [Fact]
    public void RuleAt_AndDescribe_GiveHoverText()
    {
        var (compilation, model) = Model();

        var rule = model.RuleAt(TestCompiler.PositionOf(Source, "+20"));

        Assert.Equal("+20 per occurrence, no decay", SymbolDescriber.Describe(rule!));
        Assert.Contains("can contribute at most 60", SymbolDescriber.Describe(compilation.Program.Scores[0].Groups[0]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("decay 50% every 1 month", "+10 per occurrence, decays 50% every 1 month: 10 → 5 after 1 month → 0 after 2 months")]
    [InlineData("decay 100% over 3 months", "+10 per occurrence, decays 100% over 3 months, day by day: 10 → 0 after 3 months (day by day)")]
    [InlineData("decay half-life 30 days", "+10 per occurrence, halves every 30 days: 10 → 5 after 30 days → 2.5 after 60 days")]
    public void Describe_DecayingRule_ShowsItsSchedule_S18(string decay, string expected)
    {
        var compilation = TestCompiler.CompileWithSchema($"score s for contact {{ kind engagement  group g {{ event form_submitted +10 {decay} }} }}");

        Assert.Equal(expected, SymbolDescriber.Describe(compilation.Program.Scores[0].Groups[0].Rules[0]));
    }

    [Fact]
    public void MaxContribution_SumsPositivePoints_UnboundedForPerOccurrenceRules_CappedByLimit_S13()
    {
        var compilation = TestCompiler.CompileWithSchema("""
            score s for contact {
              kind engagement
              group capped limit 40 { event cta_clicked +6 }
              group open { event cta_clicked +6 }
              group once { event cta_clicked once +6  event page_viewed count 2.. +3  when unsubscribed -20 }
            }
            """);

        Assert.Equal([40.0, null, 9.0], compilation.Program.Scores[0].Groups.Select(SymbolDescriber.MaxContribution));
        Assert.Null(SymbolDescriber.MaxContribution(compilation.Program.Scores[0]));
    }

    [Fact]
    public void GetSemanticModel_ForAForeignTree_Throws()
    {
        var (compilation, _) = Model();

        Assert.Throws<ArgumentException>(() => compilation.GetSemanticModel(SyntaxTree.Parse("")));
    }

    private static (Compilation Compilation, SemanticModel Model) Model()
    {
        var compilation = TestCompiler.Compile(Source);
        compilation.AssertClean();
        return (compilation, compilation.GetSemanticModel(compilation.SyntaxTrees[0]));
    }
}
