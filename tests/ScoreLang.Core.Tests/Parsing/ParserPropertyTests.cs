using System.Text;
using CsCheck;
using ScoreLang.Syntax;
using Xunit;

namespace ScoreLang.Core.Tests.Parsing;

/// <summary>
/// Whatever the text, parsing ends quickly, never throws, spells the text back exactly through its tokens, and gives
/// nodes whose spans nest. Inputs: random text over the language's alphabet, and random token- and character-level
/// mutations of the tour file.
/// </summary>
public class ParserPropertyTests
{
    private const string Alphabet = "abcdeghilnorstvwxyz_0123456789 \t\n\r{}()[],:;.%+-=!<>\"\\/*#éZT";

    private static readonly string Tour = ParseTestHelpers.ReadInput("tour.score");

    private static readonly string[] TourTokens =
        [.. SyntaxTree.Parse(Tour).Tokens.Select(t => t.Text).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal)];

    [Fact]
    public void RandomText_ParsesToAWellFormedTree()
    {
        Gen.String[Gen.Char[Alphabet], 0, 300].Sample(ParseAndCheck, iter: 400, threads: 1);
    }

    [Fact]
    public void RandomTokenSoup_ParsesToAWellFormedTree()
    {
        Gen.Int[0, TourTokens.Length - 1].Array[0, 120]
            .Select(indexes => string.Join(" ", indexes.Select(i => TourTokens[i])))
            .Sample(ParseAndCheck, iter: 300, threads: 1);
    }

    [Fact]
    public void MutatedTour_ParsesToAWellFormedTree()
    {
        var mutation = Gen.Select(Gen.Int[0, 5], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue]);
        mutation.Array[1, 6]
            .Select(Mutate)
            .Sample(ParseAndCheck, iter: 300, threads: 1);
    }

    /// <summary>Deletes, inserts or swaps tokens, or deletes, inserts or duplicates characters.</summary>
    private static string Mutate((int Kind, int A, int B)[] mutations)
    {
        var tokens = SyntaxTree.Parse(Tour).Tokens.Select(t => Whole(t)).ToList();
        foreach (var (kind, a, b) in mutations.Where(m => m.Kind < 3))
        {
            var i = a % tokens.Count;
            var j = b % tokens.Count;
            switch (kind)
            {
                case 0:
                    tokens.RemoveAt(i);
                    break;
                case 1:
                    tokens.Insert(i, " " + TourTokens[b % TourTokens.Length] + " ");
                    break;
                default:
                    (tokens[i], tokens[j]) = (tokens[j], tokens[i]);
                    break;
            }
        }

        var text = new StringBuilder(string.Concat(tokens));
        foreach (var (kind, a, b) in mutations.Where(m => m.Kind >= 3))
        {
            var i = a % Math.Max(1, text.Length);
            if (kind == 3 && text.Length > 0)
            {
                text.Remove(i, 1);
            }
            else if (kind == 4)
            {
                text.Insert(i, Alphabet[b % Alphabet.Length]);
            }
            else if (text.Length > 0)
            {
                text.Insert(i, text[i]);
            }
        }

        return text.ToString();
    }

    private static string Whole(SyntaxToken token) =>
        string.Concat(token.LeadingTrivia.Select(t => t.Text)) + token.Text + string.Concat(token.TrailingTrivia.Select(t => t.Text));

    private static void ParseAndCheck(string text)
    {
        // Parse on another thread so that a hang fails the test instead of stalling the run.
        var parse = Task.Run(() => SyntaxTree.Parse(text, "random.score"));
        Assert.True(parse.Wait(TimeSpan.FromSeconds(10)), "Parsing did not finish within 10 seconds.");
        var tree = parse.Result;
        ParseTestHelpers.AssertWellFormed(tree);
        Assert.All(tree.Diagnostics, d => Assert.StartsWith("SL1", d.Code, StringComparison.Ordinal));
        Assert.DoesNotContain(tree.Diagnostics, d => d.Code == "SL1099");
    }
}
