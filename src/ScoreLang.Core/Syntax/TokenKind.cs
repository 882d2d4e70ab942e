namespace ScoreLang.Syntax;

/// <summary>
/// Token kinds. Words are always <see cref="Identifier"/>: ScoreLang's keywords are contextual, so a CRM
/// property called <c>score</c> or <c>count</c> stays usable. <see cref="SyntaxFacts"/> lists the keywords.
/// </summary>
public enum TokenKind
{
    BadToken,
    EndOfFile,
    Identifier,
    /// <summary>A number: <c>15</c>, <c>2.5</c>. Signs are separate tokens.</summary>
    Number,
    /// <summary>A double-quoted string with escapes <c>\" \\ \n \t \uXXXX</c>.</summary>
    String,
    /// <summary>A date or date-time: <c>2024-02-20</c>, <c>2024-02-20T10:30</c>, <c>2024-02-20T10:30:15Z</c>.</summary>
    Date,
    Plus,
    Minus,
    Percent,
    OpenBrace,
    CloseBrace,
    OpenParen,
    CloseParen,
    OpenBracket,
    CloseBracket,
    Comma,
    Colon,
    Semicolon,
    Dot,
    DotDot,
    Equals,
    EqualsEquals,
    BangEquals,
    Less,
    LessEquals,
    Greater,
    GreaterEquals,
}
