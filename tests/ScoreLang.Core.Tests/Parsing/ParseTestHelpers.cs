using Xunit;
using System.Text;
using ScoreLang.Syntax;

namespace ScoreLang.Core.Tests.Parsing;

/// <summary>Shared helpers of the parser tests: reading test inputs, spelling tokens back, dumping trees.</summary>
internal static class ParseTestHelpers
{
    public static string ReadInput(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Parsing", name));

    /// <summary>Leading trivia + text + trailing trivia of every token, in order: must equal the source.</summary>
    public static string Spell(SyntaxTree tree)
    {
        var builder = new StringBuilder(tree.Source.Length);
        foreach (var token in tree.Tokens)
        {
            foreach (var trivia in token.LeadingTrivia)
            {
                builder.Append(trivia.Text);
            }

            builder.Append(token.Text);
            foreach (var trivia in token.TrailingTrivia)
            {
                builder.Append(trivia.Text);
            }
        }

        return builder.ToString();
    }

    /// <summary>Checks the structural invariants every tree must have, whatever the input.</summary>
    public static void AssertWellFormed(SyntaxTree tree)
    {
        Assert.Equal(tree.Source.Text, Spell(tree));
        Assert.Equal(TokenKind.EndOfFile, tree.Tokens[^1].Kind);
        var position = 0;
        foreach (var token in tree.Tokens)
        {
            foreach (var trivia in token.LeadingTrivia)
            {
                Assert.Equal(position, trivia.Span.Start);
                position = trivia.Span.End;
            }

            Assert.Equal(position, token.Span.Start);
            Assert.Equal(tree.Source.ToString(token.Span), token.Text);
            position = token.Span.End;
            foreach (var trivia in token.TrailingTrivia)
            {
                Assert.Equal(position, trivia.Span.Start);
                position = trivia.Span.End;
            }
        }

        foreach (var node in tree.Root.DescendantsAndSelf())
        {
            Assert.InRange(node.Span.Start, 0, tree.Source.Length);
            Assert.InRange(node.Span.End, node.Span.Start, tree.Source.Length);
            foreach (var child in node.ChildNodes())
            {
                Assert.True(node.Span.Start <= child.Span.Start && child.Span.End <= node.Span.End, $"{child.GetType().Name} {child.Span} is outside {node.GetType().Name} {node.Span}");
            }
        }
    }

    /// <summary>One line per node: its type and the source text it spans.</summary>
    public static string Dump(SyntaxTree tree)
    {
        var builder = new StringBuilder();
        Dump(tree, tree.Root, 0, builder);
        return builder.ToString();
    }

    private static void Dump(SyntaxTree tree, SyntaxNode node, int indent, StringBuilder builder)
    {
        var text = tree.Source.ToString(node.Span).ReplaceLineEndings(" ");
        if (text.Length > 60)
        {
            text = text[..57] + "...";
        }

        builder.Append(' ', indent * 2).Append(node.GetType().Name.Replace("Syntax", string.Empty, StringComparison.Ordinal)).Append(": ").AppendLine(text);
        foreach (var child in node.ChildNodes())
        {
            Dump(tree, child, indent + 1, builder);
        }
    }
}
