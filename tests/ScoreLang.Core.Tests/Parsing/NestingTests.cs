using ScoreLang.Syntax;
using Xunit;

namespace ScoreLang.Core.Tests.Parsing;

/// <summary>No input may overflow the stack: deep nesting is reported (SL1013), long chains too (SL1015).</summary>
public class NestingTests
{
    [Fact]
    public void TenThousandParentheses_ReportSL1013_AndTheNextDeclarationParses()
    {
        var text = "list l of contact when " + new string('(', 10_000) + "a == 1" + new string(')', 10_000) + "\nrecord r { }\n";
        var tree = SyntaxTree.Parse(text);
        Assert.Equal(["SL1013"], tree.Diagnostics.Select(d => d.Code));
        Assert.IsType<RecordDeclarationSyntax>(tree.Root.Declarations[^1]);
        ParseTestHelpers.AssertWellFormed(tree);
    }

    [Fact]
    public void TenThousandUnclosedParentheses_GiveDiagnostics_NotACrash()
    {
        var tree = SyntaxTree.Parse("score s for contact { group g { when " + new string('(', 10_000) + "a +1 } }\nrecord r { }");
        Assert.Contains(tree.Diagnostics, d => d.Code == "SL1013");
        Assert.IsType<RecordDeclarationSyntax>(tree.Root.Declarations[^1]);
        Assert.Equal(tree.Source.Text, ParseTestHelpers.Spell(tree));
    }

    [Fact]
    public void TenThousandNots_ReportSL1013()
    {
        var tree = SyntaxTree.Parse("list l of contact when " + string.Concat(Enumerable.Repeat("not ", 10_000)) + "a == 1\nrecord r { }");
        Assert.Equal(["SL1013"], tree.Diagnostics.Select(d => d.Code));
        Assert.IsType<RecordDeclarationSyntax>(tree.Root.Declarations[^1]);
    }

    [Fact]
    public void SixtyFourLevels_AreFine()
    {
        var tree = SyntaxTree.Parse("list l of contact when " + new string('(', 64) + "a == 1" + new string(')', 64));
        Assert.Empty(tree.Diagnostics);
    }

    [Fact]
    public void AVeryLongOrChain_IsReported_AndFoldedShallow()
    {
        var text = "list l of contact when " + string.Join(" or ", Enumerable.Range(0, 5000).Select(i => $"a == {i}"));
        var tree = SyntaxTree.Parse(text);
        Assert.Equal(["SL1015"], tree.Diagnostics.Select(d => d.Code));
        var condition = Assert.IsType<ListDeclarationSyntax>(tree.Root.Declarations[0]).Condition!;
        Assert.InRange(Depth(condition), 1, 20);
        Assert.Equal(5000, condition.DescendantsAndSelf().OfType<ComparisonExpressionSyntax>().Count());
    }

    [Fact]
    public void TenThousandNestedTestRecords_AreSkipped_NotRecursed()
    {
        var text = "score s for contact {\n  test \"t\" {\n" + string.Concat(Enumerable.Repeat("contact a { ", 10_000))
            + new string('}', 10_000) + "\n  }\n}\nrecord r { }\n";
        var tree = SyntaxTree.Parse(text);
        Assert.Contains(tree.Diagnostics, d => d.Code == "SL1010");
        Assert.IsType<RecordDeclarationSyntax>(tree.Root.Declarations[^1]);
        ParseTestHelpers.AssertWellFormed(tree);
    }

    private static int Depth(SyntaxNode node) => 1 + node.ChildNodes().Select(Depth).DefaultIfEmpty(0).Max();
}
