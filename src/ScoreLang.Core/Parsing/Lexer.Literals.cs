using System.Buffers;
using System.Globalization;
using System.Text;
using ScoreLang.Diagnostics;
using ScoreLang.Syntax;
using ScoreLang.Text;

namespace ScoreLang.Parsing;

/// <summary>Numbers, dates and strings: each decodes its value and reports a bad literal without stopping.</summary>
internal sealed partial class Lexer
{
    private static readonly string[] DateFormats =
        ["yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'"];

    private (TokenKind Kind, object? Value) ReadNumber()
    {
        var start = _position;
        SkipDigits();
        if (Current == '.' && char.IsAsciiDigit(Peek(1)))
        {
            _position++;
            SkipDigits();
        }

        var text = _text.AsSpan(start, _position - start);
        if (!double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            _diagnostics.Report(DiagnosticCatalog.InvalidNumber, _source, TextSpan.FromBounds(start, _position), text.ToString());
            return (TokenKind.Number, 0d);
        }

        return (TokenKind.Number, value);
    }

    /// <summary>Four digits, a dash and a digit start a date: <c>2024-02-20</c>. A number never looks like that.</summary>
    private bool LooksLikeDate() =>
        char.IsAsciiDigit(Peek(1)) && char.IsAsciiDigit(Peek(2)) && char.IsAsciiDigit(Peek(3)) && Peek(4) == '-' && char.IsAsciiDigit(Peek(5));

    private (TokenKind Kind, object? Value) ReadDate()
    {
        var start = _position;
        _position += 5;
        SkipDigitsOrDashes();
        if (Current == 'T' && char.IsAsciiDigit(Peek(1)))
        {
            _position++;
            while (char.IsAsciiDigit(Current) || Current == ':')
            {
                _position++;
            }
        }

        if (Current == 'Z')
        {
            _position++;
        }

        var text = _text.Substring(start, _position - start);
        if (DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var value))
        {
            return (TokenKind.Date, DateTime.SpecifyKind(value, DateTimeKind.Utc));
        }

        _diagnostics.Report(DiagnosticCatalog.InvalidDate, _source, TextSpan.FromBounds(start, _position), text);
        return (TokenKind.Date, null);
    }

    private void SkipDigits()
    {
        while (char.IsAsciiDigit(Current))
        {
            _position++;
        }
    }

    private void SkipDigitsOrDashes()
    {
        while (char.IsAsciiDigit(Current) || Current == '-')
        {
            _position++;
        }
    }

    /// <summary>
    /// A string ends at its closing quote or, when that is missing, at the end of its line (SL1002). Bad escapes are
    /// reported (SL1006) and kept as written.
    /// </summary>
    private string ReadString()
    {
        var start = _position;
        _position++;
        var value = new StringBuilder();
        while (true)
        {
            var c = Current;
            if (_position >= _text.Length || c is '\r' or '\n')
            {
                _diagnostics.Report(DiagnosticCatalog.UnterminatedString, _source, TextSpan.FromBounds(start, _position));
                return value.ToString();
            }

            _position++;
            if (c == '"')
            {
                return value.ToString();
            }

            if (c == '\\')
            {
                ReadEscape(value);
            }
            else
            {
                value.Append(c);
            }
        }
    }

    private void ReadEscape(StringBuilder value)
    {
        var escapeStart = _position - 1;
        switch (Current)
        {
            case '"' or '\\':
                value.Append(Current);
                _position++;
                return;
            case 'n':
                value.Append('\n');
                _position++;
                return;
            case 't':
                value.Append('\t');
                _position++;
                return;
            case 'u' when IsHexQuad(_position + 1):
                value.Append((char)int.Parse(_text.AsSpan(_position + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
                _position += 5;
                return;
        }

        // Keep the backslash as written; the next character (if on this line) is read as ordinary text.
        var length = _position < _text.Length && _text[_position] is not ('\r' or '\n') ? 2 : 1;
        _diagnostics.Report(DiagnosticCatalog.InvalidEscape, _source, new TextSpan(escapeStart, length), _text.Substring(escapeStart, length));
        value.Append('\\');
    }

    private bool IsHexQuad(int at) =>
        at + 4 <= _text.Length && !_text.AsSpan(at, 4).ContainsAnyExcept(HexDigits);

    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");
}
