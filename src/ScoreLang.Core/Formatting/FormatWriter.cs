using ScoreLang.Syntax;

namespace ScoreLang.Formatting;

/// <summary>
/// What the printers write with. Walks the source tokens in step with the printers: each source token is either
/// written (possibly in a canonical spelling) or dropped (an optional comma), and every comment met on the way is
/// written where it was relative to the code. A printer that expects a token the source does not have at that point
/// is a formatter bug: it throws <see cref="FormatterException"/> and the caller keeps the original text.
/// </summary>
internal sealed class FormatWriter(IReadOnlyList<SourceElement> elements, LineWriter lines)
{
    private readonly HashSet<int> _dropped = [];
    private int _next;
    private bool _pendingBlank;

    public LineWriter Lines => lines;

    /// <summary>The next source token (comments skipped), without consuming it.</summary>
    public SyntaxToken Peek() => PeekAt(0);

    /// <summary>The source token <paramref name="offset"/> tokens after the next one.</summary>
    public SyntaxToken PeekAt(int offset)
    {
        for (var i = _next; i < elements.Count; i++)
        {
            if (elements[i].Token is { } token && !_dropped.Contains(i) && offset-- == 0)
            {
                return token;
            }
        }

        throw new FormatterException("The printer read past the end of the file.");
    }

    /// <summary>True when a comment lies between the last consumed token and the next one.</summary>
    public bool CommentsAhead()
    {
        for (var i = _next; i < elements.Count && (elements[i].Token is null || _dropped.Contains(i)); i++)
        {
            if (elements[i].Token is null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Writes the comments that come before the next token.</summary>
    public void FlushComments()
    {
        for (; _next < elements.Count && (elements[_next].Comment is not null || _dropped.Contains(_next)); _next++)
        {
            if (elements[_next].Comment is not null)
            {
                lines.WriteComment(elements[_next]);
            }
        }
    }

    /// <summary>Consumes the next token, which must be the word <paramref name="word"/>, and writes it.</summary>
    public void Word(string word, bool spaceBefore = true)
    {
        var token = Take(TokenKind.Identifier);
        if (!string.Equals(token.Text, word, StringComparison.Ordinal))
        {
            throw Mismatch(token, word);
        }

        Write(token, word, spaceBefore);
    }

    /// <summary>Consumes the next token, which must spell <paramref name="name"/>, and writes it.</summary>
    public void Name(IdentifierSyntax name, bool spaceBefore = true) => Word(name.Text, spaceBefore);

    /// <summary>Consumes the next token, of kind <paramref name="kind"/>, and writes <paramref name="text"/> for it.</summary>
    public void Punct(TokenKind kind, string text, bool spaceBefore = false) => Write(Take(kind), text, spaceBefore);

    /// <summary>Consumes the next token, a number, and writes it in its minimal form (<c>2.50</c> becomes <c>2.5</c>).</summary>
    public void Number(bool spaceBefore = true)
    {
        var token = Take(TokenKind.Number);
        Write(token, LiteralText.Number(token.Text), spaceBefore);
    }

    /// <summary>Consumes the next token, a string, and writes it re-escaped canonically.</summary>
    public void String(StringLiteralSyntax literal, bool spaceBefore = true) =>
        Write(Take(TokenKind.String), LiteralText.String(literal.Value), spaceBefore);

    /// <summary>Consumes the next token whatever its kind and writes <paramref name="text"/> for it.</summary>
    public SyntaxToken Any(string text, bool spaceBefore = true)
    {
        var token = TakeAny();
        Write(token, text, spaceBefore);
        return token;
    }

    /// <summary>Writes text the source does not have (the <c>+</c> of unsigned points), after the comments before it.</summary>
    public void Synthesize(string text, bool spaceBefore)
    {
        FlushComments();
        lines.WriteCode(text, spaceBefore, source: null, blankLineBefore: false);
    }

    /// <summary>
    /// Skips the next token if it is of <paramref name="kind"/>. The comments around it are not written yet: they go
    /// with the next token written, exactly as they will once the token is gone from the text (idempotence).
    /// </summary>
    public bool Drop(TokenKind kind)
    {
        for (var i = _next; i < elements.Count; i++)
        {
            if (elements[i].Token is { } token && !_dropped.Contains(i))
            {
                if (token.Kind != kind)
                {
                    return false;
                }

                _dropped.Add(i);
                return true;
            }
        }

        return false;
    }

    /// <summary>Consumes the next token if it is of <paramref name="kind"/> and writes it.</summary>
    public bool Optional(TokenKind kind, string text, bool spaceBefore = false)
    {
        if (Peek().Kind != kind)
        {
            return false;
        }

        Punct(kind, text, spaceBefore);
        return true;
    }

    /// <summary>Writes the comments after the last token and checks that every source token was printed.</summary>
    public void End()
    {
        FlushComments();
        if (_next < elements.Count && elements[_next].Token?.Kind == TokenKind.EndOfFile)
        {
            _next++;
        }

        if (_next < elements.Count)
        {
            throw new FormatterException($"The printer stopped before the source token at {elements[_next].Span}.");
        }
    }

    public SyntaxToken Take(TokenKind kind)
    {
        var token = Peek();
        return token.Kind == kind ? TakeAny() : throw Mismatch(token, kind.ToString());
    }

    private SyntaxToken TakeAny()
    {
        FlushComments();
        if (_next >= elements.Count || elements[_next].Token is not { } token)
        {
            throw new FormatterException("The printer read past the end of the file.");
        }

        _pendingBlank = elements[_next].BlankLineBefore;
        _next++;
        return token;
    }

    private void Write(SyntaxToken token, string text, bool spaceBefore) =>
        lines.WriteCode(text, spaceBefore, token.Span, _pendingBlank);

    private static FormatterException Mismatch(SyntaxToken token, string expected) =>
        new($"The printer expected {expected} but the source has '{token.Text}' ({token.Kind}) at {token.Span}.");
}

/// <summary>
/// The printers and the source tokens disagree: a formatter bug, never a user error. The formatter catches it and
/// returns the text unchanged with <see cref="FormatSkipReason.VerificationFailed"/>.
/// </summary>
internal sealed class FormatterException : Exception
{
    public FormatterException()
    {
    }

    public FormatterException(string message)
        : base(message)
    {
    }

    public FormatterException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
