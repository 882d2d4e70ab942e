using System.Text;
using ScoreLang.Text;

namespace ScoreLang.Formatting;

/// <summary>
/// Builds the formatted text line by line. Line ends are requested, not written: the next piece decides whether the
/// request stands (a trailing comment stays on the line before it). Every piece that comes from the source is recorded
/// with its source and output spans so that the formatter can compute minimal changes.
/// </summary>
internal sealed class LineWriter(FormattingOptions options)
{
    private readonly StringBuilder _text = new();
    private readonly List<FormattedPiece> _pieces = [];
    private readonly string _indentUnit = options.IndentUnit;
    private readonly string _lineEnd = options.LineEnd;
    private int _indent;
    private bool _lineHasContent;
    private LineBreak _pendingBreak;
    private bool _commentForcesBreak;
    private bool _spaceAfterComment;
    private bool _codeSinceBreak;

    public IReadOnlyList<FormattedPiece> Pieces => _pieces;

    public void Indent() => _indent++;

    public void Dedent() => _indent--;

    /// <summary>Asks for a line end before the next piece; a later request replaces an earlier one not yet used.</summary>
    public void RequestBreak(LineBreak kind)
    {
        _pendingBreak = kind;
        _codeSinceBreak = false;
    }

    /// <summary>Writes code. <paramref name="spaceBefore"/> is the canonical spacing after the previous piece on the line.</summary>
    public void WriteCode(string text, bool spaceBefore, TextSpan? source, bool blankLineBefore)
    {
        if (_pendingBreak != LineBreak.None)
        {
            StartLine(_pendingBreak, blankLineBefore);
        }
        else if (_commentForcesBreak)
        {
            StartLine(_codeSinceBreak ? LineBreak.Continuation : LineBreak.Member, blankLineBefore);
        }
        else if (_lineHasContent && (spaceBefore || (_spaceAfterComment && !ClosesOrSeparates(text))))
        {
            _text.Append(' ');
        }

        Append(text, source);
        _codeSinceBreak = true;
    }

    /// <summary>
    /// Writes a comment where the source had it relative to the code: on the current line when nothing but spaces
    /// separated it from the previous piece, else on a line of its own.
    /// </summary>
    public void WriteComment(SourceElement comment)
    {
        if (!_lineHasContent)
        {
            StartLine(LineBreak.Tight, blankLineBefore: false);
        }
        else if (comment.NewlineBefore || _commentForcesBreak)
        {
            // After a line comment nothing may follow on its line, even when the source had a dropped comma between.
            var kind = _pendingBreak != LineBreak.None ? _pendingBreak
                : _codeSinceBreak ? LineBreak.Continuation : LineBreak.Member;
            StartLine(kind, comment.BlankLineBefore);
        }
        else
        {
            _text.Append(' ');
        }

        Append(comment.CommentText, comment.Span);
        _commentForcesBreak = comment.NewlineAfter;
        _spaceAfterComment = !comment.NewlineAfter;
    }

    /// <summary>The text written so far, ending with one line end unless empty.</summary>
    public string Finish()
    {
        if (_lineHasContent)
        {
            _text.Append(_lineEnd);
        }

        return _text.ToString();
    }

    /// <summary>Punctuation that hugs what precedes it, even an inline comment: <c>a /* c */, b</c>.</summary>
    private static bool ClosesOrSeparates(string text) => text is "," or ")" or "]" or ":" or "%";

    private void StartLine(LineBreak kind, bool blankLineBefore)
    {
        if (_lineHasContent)
        {
            _text.Append(_lineEnd);
            if (kind == LineBreak.Declaration || (kind == LineBreak.Member && blankLineBefore))
            {
                _text.Append(_lineEnd);
            }
        }

        var depth = kind == LineBreak.Continuation ? _indent + 1 : _indent;
        for (var i = 0; i < depth; i++)
        {
            _text.Append(_indentUnit);
        }

        // A comment that starts the line consumes the requested break: what follows it is still at the member's level.
        _pendingBreak = LineBreak.None;
        _commentForcesBreak = false;
        if (kind != LineBreak.Continuation)
        {
            _codeSinceBreak = false;
        }
    }

    private void Append(string text, TextSpan? source)
    {
        var start = _text.Length;
        _text.Append(text);
        if (source is { } span)
        {
            _pieces.Add(new FormattedPiece(span, new TextSpan(start, text.Length)));
        }

        _lineHasContent = true;
        _spaceAfterComment = false;
    }
}

/// <summary>A token or comment of the source and where the formatter wrote it.</summary>
internal readonly record struct FormattedPiece(TextSpan Source, TextSpan Output);

/// <summary>Why a new line starts: decides its indentation and whether an empty line the user left survives.</summary>
internal enum LineBreak
{
    /// <summary>No break: the next piece continues the current line.</summary>
    None,

    /// <summary>
    /// A comment forced a line end inside a construct (between the tokens of a rule, say): the rest of the construct
    /// continues one level deeper, and empty lines are dropped.
    /// </summary>
    Continuation,

    /// <summary>Between members, rules or properties: at most one empty line the user left survives.</summary>
    Member,

    /// <summary>After <c>{</c> and before <c>}</c>: never an empty line.</summary>
    Tight,

    /// <summary>Between declarations that span several lines: always exactly one empty line.</summary>
    Declaration,
}
