using ScoreLang.Syntax;

namespace ScoreLang.Formatting;

/// <summary>
/// The two shapes of braces: a block (<c>{</c> on the header line, one member per line indented one level, <c>}</c>
/// on a line of its own) and an inline list (<c>{ a: 1, b: "x" }</c>, <c>[a, b]</c>) that stays on one line.
/// Separators the grammar makes optional (commas between properties, a trailing comma) are dropped; their
/// comments are kept.
/// </summary>
internal sealed class BlockPrinter(FormatWriter w)
{
    /// <summary>
    /// Prints <c>{ members }</c> as a block. An empty block without comments is <c>{}</c>. Comments before the
    /// closing brace stay inside the block, at the members' indentation.
    /// </summary>
    public void Block<T>(IReadOnlyList<T> members, Action<T> print, bool dropCommas = false)
    {
        w.Punct(TokenKind.OpenBrace, "{", spaceBefore: true);
        if (members.Count == 0 && !w.CommentsAhead() && w.Peek().Kind == TokenKind.CloseBrace)
        {
            w.Punct(TokenKind.CloseBrace, "}");
            return;
        }

        w.Lines.Indent();
        for (var i = 0; i < members.Count; i++)
        {
            w.Lines.RequestBreak(i == 0 ? LineBreak.Tight : LineBreak.Member);
            print(members[i]);
            if (dropCommas)
            {
                w.Drop(TokenKind.Comma);
            }
        }

        w.Lines.RequestBreak(members.Count == 0 ? LineBreak.Tight : LineBreak.Member);
        w.FlushComments();
        w.Lines.Dedent();
        w.Lines.RequestBreak(LineBreak.Tight);
        w.Punct(TokenKind.CloseBrace, "}");
    }

    /// <summary>
    /// Prints an opening brace or bracket, the items separated by <c>, </c> and the closing one, with a space inside
    /// braces (<c>{ a: 1 }</c>) and none inside brackets (<c>[a, b]</c>). The trailing comma is dropped.
    /// </summary>
    public void InlineList<T>(IReadOnlyList<T> items, Action<T, bool> print, bool braces = true)
    {
        var (openKind, open, closeKind, close) = braces
            ? (TokenKind.OpenBrace, "{", TokenKind.CloseBrace, "}")
            : (TokenKind.OpenBracket, "[", TokenKind.CloseBracket, "]");
        w.Punct(openKind, open, spaceBefore: true);
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                w.Punct(TokenKind.Comma, ",");
            }

            print(items[i], braces || i > 0);
        }

        w.Drop(TokenKind.Comma);
        w.Punct(closeKind, close, spaceBefore: braces && items.Count > 0);
    }

    /// <summary><c>a, b, c</c> without brackets (<c>member of a, b</c>): names separated by commas.</summary>
    public void NameList(IReadOnlyList<IdentifierSyntax> names)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (i > 0)
            {
                w.Punct(TokenKind.Comma, ",");
            }

            w.Name(names[i]);
        }
    }
}
