using System.Collections.Immutable;
using ScoreLang.Diagnostics;
using ScoreLang.Syntax;
using ScoreLang.Text;

namespace ScoreLang.Parsing;

/// <summary>
/// Trivia: spaces, line ends and comments. Trailing trivia is what follows a token on its own line (spaces and
/// single-line comments, not the line end); everything else is leading trivia of the next token. A block comment
/// that spans lines therefore always leads the next token, which is where the formatter wants it.
/// </summary>
internal sealed partial class Lexer
{
    private ImmutableArray<SyntaxTrivia> ReadTrivia(bool leading)
    {
        _trivia.Clear();
        while (_position < _text.Length)
        {
            var start = _position;
            var c = _text[_position];
            TriviaKind kind;
            if (c is '\r' or '\n')
            {
                if (!leading)
                {
                    break;
                }

                _position += c == '\r' && Peek(1) == '\n' ? 2 : 1;
                kind = TriviaKind.EndOfLine;
            }
            else if (IsWhitespace(c))
            {
                while (_position < _text.Length && IsWhitespace(_text[_position]))
                {
                    _position++;
                }

                kind = TriviaKind.Whitespace;
            }
            else if (c == '/' && Peek(1) == '/')
            {
                while (_position < _text.Length && _text[_position] is not ('\r' or '\n'))
                {
                    _position++;
                }

                kind = TriviaKind.LineComment;
            }
            else if (c == '/' && Peek(1) == '*')
            {
                if (!leading && BlockCommentSpansLines())
                {
                    break;
                }

                ReadBlockComment();
                kind = TriviaKind.BlockComment;
            }
            else
            {
                break;
            }

            _trivia.Add(new SyntaxTrivia(kind, TextSpan.FromBounds(start, _position), TriviaText(kind, start)));
        }

        return _trivia.Count == 0 ? [] : _trivia.ToImmutable();
    }

    private static bool IsWhitespace(char c) => c is ' ' or '\t' or '\f' or '\v' or '\uFEFF' or '\u00A0';

    private bool BlockCommentSpansLines()
    {
        var end = _text.IndexOf("*/", _position + 2, StringComparison.Ordinal);
        var stop = end < 0 ? _text.Length : end;
        return _text.AsSpan(_position, stop - _position).IndexOfAny('\r', '\n') >= 0;
    }

    private void ReadBlockComment()
    {
        var start = _position;
        var end = _text.IndexOf("*/", _position + 2, StringComparison.Ordinal);
        if (end < 0)
        {
            _position = _text.Length;
            _diagnostics.Report(DiagnosticCatalog.UnterminatedComment, _source, new TextSpan(start, 2));
            return;
        }

        _position = end + 2;
    }

    /// <summary>The most common trivia (one space, a line end, a short indent) shares string instances.</summary>
    private string TriviaText(TriviaKind kind, int start)
    {
        var length = _position - start;
        if (kind == TriviaKind.EndOfLine)
        {
            return length == 2 ? "\r\n" : _text[start] == '\n' ? "\n" : "\r";
        }

        if (kind == TriviaKind.Whitespace && length <= Spaces.Length && _text.AsSpan(start, length).IndexOfAnyExcept(' ') < 0)
        {
            return Spaces[length - 1];
        }

        return _text.Substring(start, length);
    }

    private static readonly string[] Spaces = [.. Enumerable.Range(1, 16).Select(n => new string(' ', n))];
}
