using ScoreLang.Syntax;
using Xunit;

namespace ScoreLang.Core.Tests.Parsing;

public class LexerTests
{
    private static SyntaxToken[] Lex(string text) => [.. SyntaxTree.Parse(text).Tokens];

    [Fact]
    public void Keywords_AreIdentifiers_SoSchemaNamesLikeScoreStayUsable()
    {
        var tokens = Lex("score count when");
        Assert.All(tokens[..^1], t => Assert.Equal(TokenKind.Identifier, t.Kind));
        Assert.Equal(["score", "count", "when", ""], tokens.Select(t => t.Text));
    }

    [Fact]
    public void Punctuation_IncludingTwoCharacterOperators()
    {
        var kinds = Lex("+ - % { } ( ) [ ] , : ; . .. = == != < <= > >=").Select(t => t.Kind);
        Assert.Equal(
            [TokenKind.Plus, TokenKind.Minus, TokenKind.Percent, TokenKind.OpenBrace, TokenKind.CloseBrace, TokenKind.OpenParen, TokenKind.CloseParen,
             TokenKind.OpenBracket, TokenKind.CloseBracket, TokenKind.Comma, TokenKind.Colon, TokenKind.Semicolon, TokenKind.Dot, TokenKind.DotDot,
             TokenKind.Equals, TokenKind.EqualsEquals, TokenKind.BangEquals, TokenKind.Less, TokenKind.LessEquals, TokenKind.Greater,
             TokenKind.GreaterEquals, TokenKind.EndOfFile],
            kinds);
    }

    [Fact]
    public void Numbers_CarryTheirValue_AndARangeIsNotAFraction()
    {
        var tokens = Lex("2.5 6..10");
        Assert.Equal((TokenKind.Number, (object)2.5), (tokens[0].Kind, tokens[0].Value!));
        Assert.Equal([TokenKind.Number, TokenKind.DotDot, TokenKind.Number], tokens[1..4].Select(t => t.Kind));
        Assert.Equal(6d, tokens[1].Value);
    }

    [Theory]
    [InlineData("2024-02-20", 2024, 2, 20, 0, 0, 0)]
    [InlineData("2024-02-20T10:30", 2024, 2, 20, 10, 30, 0)]
    [InlineData("2024-02-20T10:30:15Z", 2024, 2, 20, 10, 30, 15)]
    public void Dates_AreUtc(string text, int year, int month, int day, int hour, int minute, int second)
    {
        var token = Lex(text)[0];
        Assert.Equal(TokenKind.Date, token.Kind);
        var value = Assert.IsType<DateTime>(token.Value);
        Assert.Equal(new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc), value);
        Assert.Equal(DateTimeKind.Utc, value.Kind);
    }

    [Fact]
    public void Strings_AreDecoded()
    {
        var token = Lex("\"a\\\"b\\\\c\\nd\\te\\u00e9\"")[0];
        Assert.Equal("a\"b\\c\nd\te\u00e9", token.Value);
    }

    [Fact]
    public void Trivia_SameLineIsTrailing_TheRestLeadsTheNextToken()
    {
        var tokens = Lex("a  // note\n  /* one */ b /* two\nlines */ c");
        Assert.Equal([TriviaKind.Whitespace, TriviaKind.LineComment], tokens[0].TrailingTrivia.Select(t => t.Kind));
        Assert.Equal([TriviaKind.EndOfLine, TriviaKind.Whitespace, TriviaKind.BlockComment, TriviaKind.Whitespace], tokens[1].LeadingTrivia.Select(t => t.Kind));
        Assert.Equal([TriviaKind.Whitespace], tokens[1].TrailingTrivia.Select(t => t.Kind));
        Assert.Equal([TriviaKind.BlockComment, TriviaKind.Whitespace], tokens[2].LeadingTrivia.Select(t => t.Kind));
        Assert.Equal("/* two\nlines */", tokens[2].LeadingTrivia[0].Text);
    }

    [Fact]
    public void CrLfLineEnds_AreOneTrivia()
    {
        var tokens = Lex("a\r\nb");
        Assert.Equal("\r\n", Assert.Single(tokens[1].LeadingTrivia).Text);
    }

    [Theory]
    [InlineData("record r { a: string } §", "SL1001", "Unexpected character '§'. Remove it, or put text inside double quotes.")]
    [InlineData("import \"crm.schema", "SL1002", "This string has no closing '\"' on its line. Add the closing quote.")]
    [InlineData("list l of contact when a > 2024-13-45", "SL1005", "'2024-13-45' is not a valid date. Write dates as YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z].")]
    [InlineData("import \"a\\qb\"", "SL1006", "'\\q' is not a valid escape in a string. Use \\\", \\\\, \\n, \\t or \\uXXXX.")]
    [InlineData("record r { } \u0001", "SL1001", "Unexpected character '\\u0001'. Remove it, or put text inside double quotes.")]
    public void BadInput_IsReported_AndLexingCarriesOn(string text, string code, string message)
    {
        var tree = SyntaxTree.Parse(text + "\nrecord after { }");
        var diagnostic = tree.Diagnostics.First(d => d.Code == code);
        Assert.Equal(message, diagnostic.Message);
        Assert.Equal("after", tree.Root.Declarations.OfType<RecordDeclarationSyntax>().Last().Name.Text);
        Assert.Equal(tree.Source.Text, ParseTestHelpers.Spell(tree));
    }

    [Fact]
    public void UnterminatedComment_RunsToTheEnd_AndTheTextStillRoundTrips()
    {
        var tree = SyntaxTree.Parse("record r { } /* open\nrecord s { }");
        Assert.Equal("SL1003", Assert.Single(tree.Diagnostics).Code);
        Assert.Single(tree.Root.Declarations);
        Assert.Equal(tree.Source.Text, ParseTestHelpers.Spell(tree));
    }

    [Fact]
    public void EmptyText_IsJustEndOfFile()
    {
        var tree = SyntaxTree.Parse(string.Empty);
        Assert.Equal(TokenKind.EndOfFile, Assert.Single(tree.Tokens).Kind);
        Assert.Empty(tree.Root.Declarations);
        Assert.Empty(tree.Diagnostics);
    }
}
