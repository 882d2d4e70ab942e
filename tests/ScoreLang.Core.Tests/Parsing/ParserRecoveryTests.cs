using ScoreLang.Syntax;
using Xunit;

namespace ScoreLang.Core.Tests.Parsing;

/// <summary>Bad input gives precise diagnostics, error nodes, and the declarations after the error still parse.</summary>
public class ParserRecoveryTests
{
    private static SyntaxTree Parse(string text)
    {
        var tree = SyntaxTree.Parse(text, "t.score");
        ParseTestHelpers.AssertWellFormed(tree);
        return tree;
    }

    private static string[] Messages(SyntaxTree tree) => [.. tree.Diagnostics.Select(d => d.ToString())];

    [Fact]
    public void MissingCloseBrace_ReportsSL1011AtTheOpeningConstructs_AndParsesTheNextScore()
    {
        var tree = Parse("score a for contact {\n  group g {\n    event x +1\n\nscore b for contact {\n  kind fit\n}\n");
        Assert.Equal(
            ["t.score(1,1): error SL1011: 'score a' opened here is never closed. Add '}'.",
             "t.score(2,3): error SL1011: 'group g' opened here is never closed. Add '}'."],
            Messages(tree));
        var first = Assert.IsType<ScoreDeclarationSyntax>(tree.Root.Declarations[0]);
        Assert.Single(Assert.IsType<GroupDeclarationSyntax>(Assert.Single(first.Members)).Rules);
        var second = Assert.IsType<ScoreDeclarationSyntax>(tree.Root.Declarations[1]);
        Assert.Equal("b", second.Name.Text);
        Assert.Equal("fit", Assert.IsType<KindClauseSyntax>(Assert.Single(second.Members)).Kind.Text);
    }

    [Fact]
    public void MissingCloseBrace_OfARecord_RecoversAtTheNextDeclaration()
    {
        var tree = Parse("record r {\n  a: string\nevent e on r\nlist l of r\n");
        Assert.Equal(["t.score(1,1): error SL1011: 'record r' opened here is never closed. Add '}'."], Messages(tree));
        Assert.Collection(
            tree.Root.Declarations,
            d => Assert.Single(Assert.IsType<RecordDeclarationSyntax>(d).Properties),
            d => Assert.IsType<EventDeclarationSyntax>(d),
            d => Assert.IsType<ListDeclarationSyntax>(d));
    }

    [Fact]
    public void TypoedKeyword_ReportsDidYouMean_WithAFix_AndSkipsTheWholeBlock()
    {
        var tree = Parse("score a for contact {\n  grup marketing { event x +1 }\n  group g { event y +2 }\n}\nrecord r { a: string }\n");
        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal("SL1014", diagnostic.Code);
        Assert.Equal("Expected a score member such as 'group', 'kind', 'limit', 'thresholds' or 'test' but found 'grup'. Did you mean 'group'?", diagnostic.Message);
        Assert.Equal("group", diagnostic.Fix);
        var score = Assert.IsType<ScoreDeclarationSyntax>(tree.Root.Declarations[0]);
        var error = Assert.IsType<ErrorScoreMemberSyntax>(score.Members[0]);
        Assert.Equal("grup marketing { event x +1 }", tree.Source.ToString(error.Span));
        Assert.Equal("g", Assert.IsType<GroupDeclarationSyntax>(score.Members[1]).Name.Text);
        Assert.IsType<RecordDeclarationSyntax>(tree.Root.Declarations[1]);
    }

    [Fact]
    public void TypoedTopLevelKeyword_IsAnErrorDeclaration_AndTheNextDeclarationParses()
    {
        var tree = Parse("scor a for contact { kind fit }\nrecord r { a: string }\n");
        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal(("SL1014", "score"), (diagnostic.Code, diagnostic.Fix));
        Assert.IsType<ErrorDeclarationSyntax>(tree.Root.Declarations[0]);
        Assert.IsType<RecordDeclarationSyntax>(tree.Root.Declarations[1]);
    }

    [Fact]
    public void MissingPoints_SaysWhatWasExpectedAndFound_AndKeepsTheRule()
    {
        var tree = Parse("score a for contact {\n  group g {\n    event x decay 50% every 1 month\n    event y\n    when a == 1 +3\n  }\n}\n");
        Assert.Equal(
            ["t.score(3,13): error SL1010: Expected points such as '+10' but found 'decay'.",
             "t.score(4,12): error SL1010: Expected points such as '+10' but found 'when'."],
            Messages(tree));
        var rules = Assert.IsType<GroupDeclarationSyntax>(Assert.IsType<ScoreDeclarationSyntax>(tree.Root.Declarations[0]).Members[0]).Rules;
        var first = Assert.IsType<EventRuleSyntax>(rules[0]);
        Assert.Equal(0, first.Points.Span.Length);
        Assert.Equal(DecayForm.Stepped, first.Decay?.Form);
        Assert.IsType<EventRuleSyntax>(rules[1]);
        Assert.Equal(3, Assert.IsType<PropertyRuleSyntax>(rules[2]).Points.Value);
    }

    [Fact]
    public void GarbageInAGroup_BecomesErrorRules_OnePerLine_AndLaterRulesAndDeclarationsParse()
    {
        var tree = Parse("score a for contact {\n  group g {\n    event x +1\n    blah blah ) ( 5\n    evnt y +2\n    event z +3\n  }\n  kind fit\n}\nlist l of contact\n");
        Assert.Equal(
            ["t.score(4,5): error SL1010: Expected a rule starting with 'event' or 'when' but found 'blah'.",
             "t.score(5,5): error SL1014: Expected a rule starting with 'event' or 'when' but found 'evnt'. Did you mean 'event'?"],
            Messages(tree));
        var score = Assert.IsType<ScoreDeclarationSyntax>(tree.Root.Declarations[0]);
        var rules = Assert.IsType<GroupDeclarationSyntax>(score.Members[0]).Rules;
        Assert.Collection(
            rules,
            r => Assert.IsType<EventRuleSyntax>(r),
            r => Assert.Equal("blah blah ) ( 5", tree.Source.ToString(Assert.IsType<ErrorRuleSyntax>(r).Span)),
            r => Assert.Equal("evnt y +2", tree.Source.ToString(Assert.IsType<ErrorRuleSyntax>(r).Span)),
            r => Assert.Equal("z", Assert.IsType<EventRuleSyntax>(r).EventType.Text));
        Assert.IsType<KindClauseSyntax>(score.Members[1]);
        Assert.IsType<ListDeclarationSyntax>(tree.Root.Declarations[1]);
    }

    [Fact]
    public void BrokenCondition_GivesMissingExpressions_AndTheTestAfterItParses()
    {
        var tree = Parse("score s for contact {\n  group g { when a = 1 and (b or +1 }\n  test \"t\" { expect score == }\n}\n");
        Assert.Equal(
            ["t.score(2,20): error SL1010: Expected '==' but found '='.",
             "t.score(2,34): error SL1010: Expected a value such as a name, a number or a string but found '+'.",
             "t.score(3,30): error SL1010: Expected a value such as a name, a number or a string but found '}'."],
            Messages(tree));
        var score = Assert.IsType<ScoreDeclarationSyntax>(tree.Root.Declarations[0]);
        var rule = Assert.IsType<PropertyRuleSyntax>(Assert.Single(Assert.IsType<GroupDeclarationSyntax>(score.Members[0]).Rules));
        Assert.Equal(1, rule.Points.Value);
        Assert.Contains(rule.DescendantsAndSelf(), n => n is MissingExpressionSyntax);
        var expect = Assert.IsType<ExpectSyntax>(Assert.Single(Assert.IsType<TestDeclarationSyntax>(score.Members[1]).Members));
        Assert.IsType<MissingExpressionSyntax>(expect.Value);
    }

    [Fact]
    public void MissingNames_AreMissingIdentifiers_WithEmptySpans()
    {
        var tree = Parse("score for contact { group { event +1 } }\n");
        Assert.Equal(
            ["t.score(1,7): error SL1010: Expected a score name but found 'for'.",
             "t.score(1,27): error SL1010: Expected a group name but found '{'.",
             "t.score(1,35): error SL1010: Expected an event type but found '+'."],
            Messages(tree));
        var score = Assert.IsType<ScoreDeclarationSyntax>(tree.Root.Declarations[0]);
        Assert.True(score.Name.IsMissing);
        var group = Assert.IsType<GroupDeclarationSyntax>(score.Members[0]);
        Assert.True(group.Name.IsMissing);
        Assert.True(Assert.IsType<EventRuleSyntax>(group.Rules[0]).EventType.IsMissing);
    }

    [Fact]
    public void GarbageAtTopLevel_IsReportedOnce_AndSkippedToTheNextDeclaration()
    {
        var tree = Parse("}} 12 garbage\nrecord r { a: string }\n");
        Assert.Equal(["t.score(1,1): error SL1012: Expected 'import', 'record', 'event', 'list' or 'score' but found '}'."], Messages(tree));
        Assert.Equal("}} 12 garbage", tree.Source.ToString(Assert.IsType<ErrorDeclarationSyntax>(tree.Root.Declarations[0]).Span));
        Assert.IsType<RecordDeclarationSyntax>(tree.Root.Declarations[1]);
    }

    [Fact]
    public void GarbageInARecord_IsSkipped_AndLaterPropertiesParse()
    {
        var tree = Parse("record r {\n  a: string\n  ??? 12\n  b: number\n}\n");
        Assert.Equal("SL1001", tree.Diagnostics[0].Code);
        Assert.Contains(tree.Diagnostics, d => d.Message == "Expected a property such as 'name: string' but found '?'.");
        Assert.Equal(["a", "b"], Assert.IsType<RecordDeclarationSyntax>(tree.Root.Declarations[0]).Properties.Select(p => p.Name.Text));
    }

    [Fact]
    public void UnclosedTest_ReportsAtTheTest_AndTheNextMemberParses()
    {
        var tree = Parse("score s for contact {\n  test \"t\" {\n    expect score == 1\n  group g { event x +1 }\n}\n");
        Assert.Equal(["t.score(2,3): error SL1011: 'test' opened here is never closed. Add '}'."], Messages(tree));
        var score = Assert.IsType<ScoreDeclarationSyntax>(tree.Root.Declarations[0]);
        Assert.IsType<TestDeclarationSyntax>(score.Members[0]);
        Assert.IsType<GroupDeclarationSyntax>(score.Members[1]);
    }

    [Fact]
    public void TestEventAtNothing_SaysADateOrATimeAgoIsExpected()
    {
        var tree = Parse("score s for contact {\n  test \"t\" {\n    event x at\n    expect score == 1\n  }\n}\n");
        Assert.Equal(["t.score(3,15): error SL1010: Expected a date such as 2024-03-01 or a time ago such as '3 months ago' but found 'expect'."], Messages(tree));
        var test = Assert.IsType<TestDeclarationSyntax>(Assert.IsType<ScoreDeclarationSyntax>(tree.Root.Declarations[0]).Members[0]);
        Assert.NotNull(Assert.IsType<TestEventSyntax>(test.Members[0]).At);
        Assert.IsType<ExpectSyntax>(test.Members[1]);
    }

    [Fact]
    public void MissingOpenBrace_IsReportedOnce_AndTheMembersStillParse()
    {
        var tree = Parse("score s for contact\n  kind fit\n  limit 10\n}\nrecord r { }\n");
        Assert.Equal(["t.score(1,20): error SL1010: Expected '{' but found 'kind'."], Messages(tree));
        Assert.Equal(2, Assert.IsType<ScoreDeclarationSyntax>(tree.Root.Declarations[0]).Members.Length);
        Assert.IsType<RecordDeclarationSyntax>(tree.Root.Declarations[1]);
    }
}
