using ScoreLang.Syntax;

namespace ScoreLang.Semantics;

/// <summary>The tokens of the current statement (since the last brace) before the caret, with the questions completion asks them.</summary>
internal sealed class Segment(List<SyntaxToken> tokens)
{
    private static readonly TokenKind[] OperatorKinds =
    [
        TokenKind.EqualsEquals, TokenKind.BangEquals, TokenKind.Less, TokenKind.LessEquals, TokenKind.Greater, TokenKind.GreaterEquals,
        TokenKind.OpenParen, TokenKind.OpenBracket, TokenKind.Comma, TokenKind.Dot,
    ];

    private static readonly string[] DurationLeads = ["last", "every", "over", "life", "at"];

    public List<string> Words { get; } = [.. tokens.Select(t => t.Text)];

    public int Count => tokens.Count;

    public string? Last => tokens.Count > 0 ? tokens[^1].Text : null;

    public string? WordAt(int index) =>
        index >= 0 && index < tokens.Count && tokens[index].Kind == TokenKind.Identifier ? tokens[index].Text : null;

    public int LastIndexOf(params string[] words) =>
        tokens.FindLastIndex(t => t.Kind == TokenKind.Identifier && words.Contains(t.Text));

    public int IndexAfter(int start, string word) =>
        tokens.FindIndex(start + 1, t => t.Kind == TokenKind.Identifier && t.Text == word);

    /// <summary>True when the statement is in the middle of a condition: after an operator or a word that needs more.</summary>
    public bool IsContinuing(string[] continuingWords) =>
        tokens.Count > 0 && (OperatorKinds.Contains(tokens[^1].Kind) || (tokens[^1].Kind == TokenKind.Identifier && continuingWords.Contains(tokens[^1].Text)));

    /// <summary>True after the number of a duration (<c>within last 30 |</c>, <c>every 1 |</c>, <c>at 3 |</c>): a unit comes next.</summary>
    public bool IsDurationAmount() =>
        tokens.Count >= 2 && tokens[^1].Kind == TokenKind.Number && DurationLeads.Contains(tokens[^2].Text);

    /// <summary>The type of the operand compared by a trailing <c>==</c>/<c>!=</c>, or listed by a trailing <c>in [</c> / <c>,</c>.</summary>
    public Semantics.ValueType? OperandType(RecordTypeSymbol? record, EventTypeSymbol? eventType, SchemaModel schema)
    {
        var end = tokens.Count - 2;
        if (tokens[^1].Kind is TokenKind.OpenBracket or TokenKind.Comma)
        {
            var bracket = tokens.FindLastIndex(t => t.Kind == TokenKind.OpenBracket);
            if (bracket < 1 || tokens[bracket - 1].Text != "in")
            {
                return null;
            }

            end = bracket - 2;
            if (end >= 0 && tokens[end].Text == "not")
            {
                end--;
            }
        }

        var path = new List<string>();
        for (var i = end; i >= 0 && tokens[i].Kind == TokenKind.Identifier; i -= 2)
        {
            path.Insert(0, tokens[i].Text);
            if (i == 0 || tokens[i - 1].Kind != TokenKind.Dot)
            {
                break;
            }
        }

        return Resolve(path, record, eventType, schema);
    }

    private static Semantics.ValueType? Resolve(List<string> path, RecordTypeSymbol? record, EventTypeSymbol? eventType, SchemaModel schema)
    {
        if (eventType is not null)
        {
            return path.Count == 1 ? eventType.FindAttribute(path[0])?.Type : null;
        }

        if (record is null || path.Count is 0 or > 2)
        {
            return null;
        }

        var first = record.FindProperty(path[0]);
        if (path.Count == 1)
        {
            return first?.Type;
        }

        var target = first?.Type.TargetRecordType is { } name ? schema.Records.GetValueOrDefault(name) : null;
        return target?.FindProperty(path[1])?.Type;
    }
}

internal static class CompletionTokens
{
    /// <summary>The names of <c>contact alice { }</c> blocks inside the test whose brace is at <paramref name="openIndex"/>.</summary>
    public static IEnumerable<string> DeclaredContacts(List<SyntaxToken> tokens, int openIndex, Func<string, bool> isRecordType)
    {
        var depth = 0;
        for (var i = openIndex + 1; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.CloseBrace && --depth < 0)
            {
                yield break;
            }

            if (token.Kind == TokenKind.OpenBrace)
            {
                if (depth == 0 && i >= 2 && tokens[i - 1].Kind == TokenKind.Identifier && isRecordType(tokens[i - 2].Text))
                {
                    yield return tokens[i - 1].Text;
                }

                depth++;
            }
        }
    }
}
