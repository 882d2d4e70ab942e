using ScoreLang.Syntax;
using ScoreLang.Tests.Shared;
using Xunit;

namespace ScoreLang.Core.Tests.Parsing;

/// <summary>The tour file uses every construct of docs/grammar.md; it must parse cleanly into the expected shape.</summary>
public class ParserTourTests
{
    private static readonly SyntaxTree Tour = SyntaxTree.Parse(ParseTestHelpers.ReadInput("tour.score"), "tour.score");

    [Fact]
    public void Tour_ParsesWithoutDiagnostics() => Assert.Empty(Tour.Diagnostics.Select(d => d.ToString()));

    [Fact]
    public void Tour_TokensAndSpansAreExact() => ParseTestHelpers.AssertWellFormed(Tour);

    [Fact]
    public void Tour_TreeMatchesBaseline() => Baseline.Match("Parsing/tour.tree", ParseTestHelpers.Dump(Tour));

    [Fact]
    public void Tour_SchemaDeclarations()
    {
        var declarations = Tour.Root.Declarations;
        Assert.Equal("crm.schema", Assert.IsType<ImportSyntax>(declarations[0]).Path.Value);
        var company = Assert.IsType<RecordDeclarationSyntax>(declarations[1]);
        Assert.Equal("An organisation", company.Description?.Value);
        Assert.Equal(["name", "industry", "num_employees", "founded"], company.Properties.Select(p => p.Name.Text));
        var industry = Assert.IsType<EnumTypeSyntax>(company.Properties[1].Type);
        Assert.Equal(["software", "retail", "finance"], industry.Members.Select(m => m.Text));
        Assert.Equal("Main industry", company.Properties[1].Description?.Value);
        var contact = Assert.IsType<RecordDeclarationSyntax>(declarations[2]);
        var association = Assert.IsType<NamedTypeSyntax>(contact.Properties[^1].Type);
        Assert.Equal("company", association.Name.Text);

        var pageViewed = Assert.IsType<EventDeclarationSyntax>(declarations[3]);
        Assert.Equal(("page_viewed", "contact"), (pageViewed.Name.Text, pageViewed.RecordType.Text));
        Assert.Equal(["url", "duration"], pageViewed.Attributes.Select(a => a.Name.Text));
        Assert.Empty(Assert.IsType<EventDeclarationSyntax>(declarations[4]).Attributes);
        Assert.Equal(2, Assert.IsType<EventDeclarationSyntax>(declarations[5]).Attributes.Length);

        var staticList = Assert.IsType<ListDeclarationSyntax>(declarations[6]);
        Assert.Null(staticList.Condition);
        var conditional = Assert.IsType<ListDeclarationSyntax>(declarations[7]);
        Assert.IsType<LogicalExpressionSyntax>(conditional.Condition);
    }

    [Fact]
    public void Tour_ScoreMembers()
    {
        var score = Assert.IsType<ScoreDeclarationSyntax>(Tour.Root.Declarations[8]);
        Assert.Equal(("contact_engagement", "contact", "Contact engagement"), (score.Name.Text, score.RecordType.Text, score.Title?.Value));
        Assert.Equal("engagement", Assert.IsType<KindClauseSyntax>(score.Members[0]).Kind.Text);
        Assert.Equal(100, Assert.IsType<LimitClauseSyntax>(score.Members[1]).Value.Value);
        Assert.False(Assert.IsType<FloorClauseSyntax>(score.Members[2]).IsNone);
        var output = Assert.IsType<OutputClauseSyntax>(score.Members[3]);
        Assert.Equal(["score:engagement_score", "tier:engagement_tier"], output.Bindings.Select(b => $"{b.Slot}:{b.PropertyName}"));
        var include = Assert.IsType<FilterClauseSyntax>(score.Members[4]);
        Assert.Equal((false, "newsletter"), (include.IsExclude, include.ListName?.Text));
        Assert.True(Assert.IsType<FilterClauseSyntax>(score.Members[5]).IsExclude);
        Assert.NotNull(Assert.IsType<FilterClauseSyntax>(score.Members[6]).Condition);

        var sales = Assert.IsType<GroupDeclarationSyntax>(score.Members[7]);
        Assert.Equal((60d, false), (sales.Limit!.Value.Value, sales.Limit.IsPercent));
        Assert.Equal(DecayForm.HalfLife, sales.Decay!.Form);
        var marketing = Assert.IsType<GroupDeclarationSyntax>(score.Members[8]);
        Assert.Equal((25d, true), (marketing.Limit!.Value.Value, marketing.Limit.IsPercent));
        Assert.Equal(DecayForm.Stepped, marketing.Decay!.Form);

        var thresholds = Assert.IsType<ThresholdsSyntax>(score.Members[9]);
        Assert.Equal(["high", "medium", "1"], thresholds.Bands.Select(b => b.Label));
        Assert.IsType<TestDeclarationSyntax>(score.Members[10]);

        var combined = Assert.IsType<ScoreDeclarationSyntax>(Tour.Root.Declarations[9]);
        Assert.True(Assert.IsType<FloorClauseSyntax>(combined.Members[1]).IsNone);
        Assert.Equal("fit", Assert.IsType<GroupDeclarationSyntax>(combined.Members[2]).Part?.Text);
        Assert.Equal("engagement", Assert.IsType<GroupDeclarationSyntax>(combined.Members[3]).Part?.Text);
        var fitBands = Assert.IsType<ThresholdsSyntax>(combined.Members[4]);
        Assert.Equal("fit", fitBands.Part?.Text);
        Assert.Equal((70d, null, false), (fitBands.Bands[0].Range.From!.Value, fitBands.Bands[0].Range.To, fitBands.Bands[0].Range.IsSingleValue));
    }

    [Fact]
    public void Tour_EventRulesCarryEveryClause()
    {
        var score = Assert.IsType<ScoreDeclarationSyntax>(Tour.Root.Declarations[8]);
        var rules = Assert.IsType<GroupDeclarationSyntax>(score.Members[7]).Rules.Cast<EventRuleSyntax>().ToArray();
        Assert.Equal((10d, true), (rules[0].Points.Value, rules[0].Points.HasSign));
        Assert.Equal((2d, 5d), (rules[1].Count!.From!.Value, rules[1].Count!.To!.Value));
        Assert.True(rules[2].Once);
        Assert.Equal("90 days", Tour.Source.ToString(rules[2].Within!.Span));
        Assert.Equal(DecayForm.None, rules[2].Decay!.Form);
        Assert.IsType<LogicalExpressionSyntax>(rules[3].Where);
        Assert.Equal((DecayForm.Stepped, 100d), (rules[3].Decay!.Form, rules[3].Decay!.Percent!.Value));
        Assert.Equal(-2.5, rules[4].Points.Value);
        Assert.Equal(DecayForm.Linear, rules[4].Decay!.Form);
    }

    [Fact]
    public void Tour_PropertyRulesCoverEveryConditionForm()
    {
        var score = Assert.IsType<ScoreDeclarationSyntax>(Tour.Root.Declarations[8]);
        var conditions = Assert.IsType<GroupDeclarationSyntax>(score.Members[8]).Rules.Cast<PropertyRuleSyntax>().Select(r => r.Condition).ToArray();
        Assert.IsType<DaysSinceExpressionSyntax>(Assert.IsType<ComparisonExpressionSyntax>(conditions[0]).Left);
        Assert.Equal(RelativeDateOperator.WithinLast, Assert.IsType<RelativeDateExpressionSyntax>(conditions[1]).Operator);
        Assert.Equal(RelativeDateOperator.MoreThanAgo, Assert.IsType<RelativeDateExpressionSyntax>(conditions[2]).Operator);
        Assert.False(Assert.IsType<InListExpressionSyntax>(conditions[3]).IsNegated);
        Assert.True(Assert.IsType<InListExpressionSyntax>(conditions[4]).IsNegated);
        var between = Assert.IsType<BetweenExpressionSyntax>(conditions[5]);
        Assert.Equal(["company", "num_employees"], Assert.IsType<NameExpressionSyntax>(between.Operand).Parts.Select(p => p.Text));
        Assert.True(Assert.IsType<IsKnownExpressionSyntax>(conditions[6]).IsKnown);
        Assert.False(Assert.IsType<IsKnownExpressionSyntax>(conditions[7]).IsKnown);
        var startsOrEnds = Assert.IsType<LogicalExpressionSyntax>(conditions[8]);
        Assert.Equal(ComparisonOperator.StartsWith, Assert.IsType<ComparisonExpressionSyntax>(startsOrEnds.Left).Operator);
        Assert.Equal("starts with", Tour.Source.ToString(Assert.IsType<ComparisonExpressionSyntax>(startsOrEnds.Left).OperatorSpan));
        var notAndIn = Assert.IsType<LogicalExpressionSyntax>(conditions[9]);
        Assert.IsType<ParenthesizedExpressionSyntax>(Assert.IsType<NotExpressionSyntax>(notAndIn.Left).Operand);
        Assert.True(Assert.IsType<InExpressionSyntax>(notAndIn.Right).IsNegated);
        var dates = Assert.IsType<LogicalExpressionSyntax>(conditions[10]);
        var date = Assert.IsType<DateLiteralExpressionSyntax>(Assert.IsType<ComparisonExpressionSyntax>(dates.Right).Right);
        Assert.Equal(new DateTime(2024, 2, 20, 10, 30, 15, DateTimeKind.Utc), date.Value);
        Assert.Equal(DateTimeKind.Utc, date.Value.Kind);
    }

    [Fact]
    public void Tour_TestStatements()
    {
        var score = Assert.IsType<ScoreDeclarationSyntax>(Tour.Root.Declarations[8]);
        var members = Assert.IsType<TestDeclarationSyntax>(score.Members[10]).Members;
        Assert.Equal(new DateTime(2024, 3, 1, 12, 0, 0, DateTimeKind.Utc), Assert.IsType<AsOfSyntax>(members[0]).Date.Value);
        Assert.Equal(4, Assert.IsType<GivenSyntax>(members[1]).Fields.Length);
        Assert.Equal("company", Assert.IsType<GivenSyntax>(members[2]).Association?.Text);
        Assert.Equal(["employees", "partners"], Assert.IsType<MemberOfSyntax>(members[3]).Lists.Select(l => l.Text));
        var twice = Assert.IsType<TestEventSyntax>(members[5]);
        Assert.Equal(2, twice.Repeat!.Value);
        Assert.Equal(2, twice.Attributes.Length);
        Assert.Equal(new DateTime(2024, 2, 20, 0, 0, 0, DateTimeKind.Utc), twice.At!.Date!.Value);
        Assert.Equal("3 months", Tour.Source.ToString(Assert.IsType<TestEventSyntax>(members[6]).At!.Ago!.Span));
        Assert.Equal("alice", Assert.IsType<TestEventSyntax>(members[7]).Contact?.Text);
        var alice = Assert.IsType<TestContactSyntax>(members[8]);
        Assert.Equal(("contact", "alice", 2), (alice.RecordType.Text, alice.Name.Text, alice.Members.Length));
        var expectSales = Assert.IsType<ExpectSyntax>(members[9]);
        Assert.Equal(("sales", ComparisonOperator.Equal), (expectSales.Target.Text, expectSales.Operator));
        var unscored = Assert.IsType<ExpectSyntax>(members[11]);
        Assert.Null(unscored.Operator);
    }

    [Theory]
    [InlineData("crm.schema")]
    [InlineData("lead-scoring.score")]
    [InlineData("combined.score")]
    [InlineData("company.score")]
    [InlineData("legacy.score")]
    public void Samples_ParseWithoutDiagnostics(string name)
    {
        var tree = SyntaxTree.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", name)), name);
        Assert.Empty(tree.Diagnostics.Select(d => d.ToString()));
        ParseTestHelpers.AssertWellFormed(tree);
    }
}
