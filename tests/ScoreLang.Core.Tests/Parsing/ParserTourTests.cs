using Xunit;
using ScoreLang.Syntax;

namespace ScoreLang.Core.Tests.Parsing;

public class ParserTourTests
{
    [Fact]
    public void Tour_ParsesWithoutDiagnostics()
    {
        var tree = SyntaxTree.Parse(ParseTestHelpers.ReadInput("tour.score"), "tour.score");
        Assert.Empty(tree.Diagnostics.Select(d => d.ToString()));
        ParseTestHelpers.AssertWellFormed(tree);
        File.WriteAllText("/tmp/tour.dump", ParseTestHelpers.Dump(tree));
    }
}
