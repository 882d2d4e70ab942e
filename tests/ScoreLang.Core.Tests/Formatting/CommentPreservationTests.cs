using ScoreLang.Formatting;
using ScoreLang.Syntax;
using ScoreLang.Tests.Formatting.Generators;
using Xunit;

namespace ScoreLang.Tests.Formatting;

/// <summary>No comment is ever lost, whatever its place: the count and the text of comments before and after match.</summary>
public class CommentPreservationTests
{
    private const string Program = """
        import "crm.schema"
        record contact "People" { email: string "Mail", stage: enum { lead, customer, } }
        list big of company when num_employees >= 500
        score s for contact "S" {
          kind engagement limit 100 floor none output { score: s1, tier: t1 }
          exclude when stage in [customer, "x"] and not (email ends with "@gmail.com" or age between 1 and 5)
          fit group g "G" limit 25% decay half-life 30 days {
            event form where form == "Demo" count 2..5 within last 30 days once 15 decay 50% every 1 month
            when created_at more than 3 months ago and days since last_open < 7 or phone is unknown -5
          }
          thresholds engagement { high 70..100 "2" 20..69 3 0..19 }
          test "t" { as of 2024-03-01 given company { size: -5 } member of a, b event e x 2 { f: "v" } at 1 week ago by bob contact bob { given { } } expect score == 2.50 expect unscored }
        }
        """;

    public static TheoryData<string> Separators => new() { " /* c# */ ", " // c#\n", "\n// c#\n", "/*c#*/", "\n/* c#\n spans lines */\n" };

    [Theory]
    [MemberData(nameof(Separators))]
    public void Format_CommentBetweenEveryTwoTokens_KeepsEveryCommentInOrder(string separator)
    {
        var tokens = SyntaxTree.Parse(Program).Tokens.Where(t => t.Kind != TokenKind.EndOfFile).Select(t => t.Text).ToList();
        var text = TriviaWeaver.Join(tokens, Enumerable.Repeat(separator, tokens.Count + 1).ToList());
        var before = FormattingAssert.Comments(SyntaxTree.Parse(text));

        var formatted = FormattingAssert.Faithful(text);

        var after = FormattingAssert.Comments(SyntaxTree.Parse(formatted));
        Assert.Equal(tokens.Count + 1, before.Count);
        Assert.Equal(before.Count, after.Count);
        Assert.Equal(before, after);
    }

    [Fact]
    public void Format_TrailingComment_StaysOnItsLine()
    {
        var formatted = ScoreFormatter.Format("score s for contact {\n    kind fit    // why fit\n  limit 100 /* max */\n}\n").Text;

        Assert.Equal("score s for contact {\n  kind fit // why fit\n  limit 100 /* max */\n}\n", formatted);
    }

    [Fact]
    public void Format_LeadingComment_StaysAboveTheMemberAtItsIndentation()
    {
        var formatted = ScoreFormatter.Format("score s for contact {\nkind fit\n        // the cap\n   /* S14 */\nlimit 100\n}\n").Text;

        Assert.Equal("score s for contact {\n  kind fit\n  // the cap\n  /* S14 */\n  limit 100\n}\n", formatted);
    }

    [Fact]
    public void Format_CommentOnADroppedComma_IsKept()
    {
        var formatted = ScoreFormatter.Format("record r {\n  a: string, // first\n  b: number /* x */ ,\n}\n").Text;

        Assert.Equal("record r {\n  a: string // first\n  b: number /* x */\n}\n", formatted);
    }

    [Fact]
    public void Format_CommentBeforeClosingBrace_StaysInsideTheBlock()
    {
        var formatted = ScoreFormatter.Format("score s for contact {\n  group g {\n    event a +1\n// event b +2\n  }\n}\n").Text;

        Assert.Equal("score s for contact {\n  group g {\n    event a +1\n    // event b +2\n  }\n}\n", formatted);
    }

    [Fact]
    public void Format_CommentInsideARule_ContinuesTheRuleOnTheNextLine()
    {
        var formatted = ScoreFormatter.Format("score s for contact {\n  group g {\n    event a // why\n +1\n  }\n}\n").Text;

        Assert.Equal("score s for contact {\n  group g {\n    event a // why\n      +1\n  }\n}\n", formatted);
    }
}
