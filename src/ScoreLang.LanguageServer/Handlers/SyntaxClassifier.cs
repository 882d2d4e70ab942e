using ScoreLang.LanguageServer.Protocol;
using ScoreLang.Syntax;
using ScoreLang.Text;

namespace ScoreLang.LanguageServer.Handlers;

/// <summary>
/// Classifies every token of a tree for semantic highlighting. Words get their role from where they stand in the
/// tree (a declared record name, an event type in a rule, a list after <c>list</c>, a property in a condition);
/// words with no such role are keywords when <see cref="SyntaxFacts"/> says so. Keywords are contextual in ScoreLang,
/// which is what a TextMate grammar cannot know and this can.
/// </summary>
internal static class SyntaxClassifier
{
    public static readonly IReadOnlyList<string> TokenTypes =
    [
        SemanticTokenTypes.Namespace, SemanticTokenTypes.Type, SemanticTokenTypes.Enum, SemanticTokenTypes.EnumMember,
        SemanticTokenTypes.Property, SemanticTokenTypes.Event, SemanticTokenTypes.Function, SemanticTokenTypes.Variable,
        SemanticTokenTypes.Keyword, SemanticTokenTypes.Comment, SemanticTokenTypes.String, SemanticTokenTypes.Number,
        SemanticTokenTypes.Operator,
    ];

    public static readonly IReadOnlyList<string> TokenModifiers =
        [SemanticTokenModifiers.Declaration, SemanticTokenModifiers.Readonly, SemanticTokenModifiers.DefaultLibrary];

    public const int Declaration = 1;
    public const int DefaultLibrary = 4;

    /// <summary>Every classified span with its token type index and modifier bits, in source order.</summary>
    public static List<(TextSpan Span, int Type, int Modifiers)> Classify(SyntaxTree tree)
    {
        var roles = new Dictionary<int, (int Type, int Modifiers)>();
        foreach (var node in tree.Root.DescendantsAndSelf())
        {
            AddRoles(node, roles);
        }

        var result = new List<(TextSpan, int, int)>();
        foreach (var token in tree.Tokens)
        {
            AddComments(token.LeadingTrivia, result);
            if (Classify(token, roles) is { } classified)
            {
                result.Add((token.Span, classified.Type, classified.Modifiers));
            }

            AddComments(token.TrailingTrivia, result);
        }

        return result;
    }

    private static (int Type, int Modifiers)? Classify(SyntaxToken token, Dictionary<int, (int Type, int Modifiers)> roles)
    {
        if (token.IsMissing || token.Span.Length == 0)
        {
            return null;
        }

        return token.Kind switch
        {
            TokenKind.String => (Index(SemanticTokenTypes.String), 0),
            TokenKind.Number or TokenKind.Date => (Index(SemanticTokenTypes.Number), 0),
            TokenKind.Identifier when roles.TryGetValue(token.Span.Start, out var role) => role,
            TokenKind.Identifier when SyntaxFacts.IsKeyword(token.Text) || SyntaxFacts.DurationUnits.Contains(token.Text) || token.Text is "for" or "on" or "none" or "x" or "enum"
                => (Index(SemanticTokenTypes.Keyword), 0),
            TokenKind.Identifier => null,
            TokenKind.BadToken or TokenKind.EndOfFile => null,
            TokenKind.OpenBrace or TokenKind.CloseBrace or TokenKind.OpenParen or TokenKind.CloseParen or TokenKind.OpenBracket
                or TokenKind.CloseBracket or TokenKind.Comma or TokenKind.Colon or TokenKind.Semicolon or TokenKind.Dot => null,
            _ => (Index(SemanticTokenTypes.Operator), 0),
        };
    }

    private static void AddRoles(SyntaxNode node, Dictionary<int, (int Type, int Modifiers)> roles)
    {
        switch (node)
        {
            case RecordDeclarationSyntax record:
                Add(roles, record.Name, SemanticTokenTypes.Type, Declaration);
                break;
            case EventDeclarationSyntax eventType:
                Add(roles, eventType.Name, SemanticTokenTypes.Event, Declaration);
                Add(roles, eventType.RecordType, SemanticTokenTypes.Type);
                break;
            case ListDeclarationSyntax list:
                Add(roles, list.Name, SemanticTokenTypes.Variable, Declaration);
                Add(roles, list.RecordType, SemanticTokenTypes.Type);
                break;
            case ScoreDeclarationSyntax score:
                Add(roles, score.Name, SemanticTokenTypes.Namespace, Declaration);
                Add(roles, score.RecordType, SemanticTokenTypes.Type);
                break;
            case GroupDeclarationSyntax group:
                Add(roles, group.Name, SemanticTokenTypes.Namespace, Declaration);
                break;
            case PropertyDeclarationSyntax property:
                Add(roles, property.Name, SemanticTokenTypes.Property, Declaration);
                break;
            case NamedTypeSyntax type:
                Add(roles, type.Name, SemanticTokenTypes.Type, SyntaxFacts.BuiltInTypes.Contains(type.Name.Text) ? DefaultLibrary : 0);
                break;
            case EnumTypeSyntax enumType:
                enumType.Members.ToList().ForEach(m => Add(roles, m, SemanticTokenTypes.EnumMember, Declaration));
                break;
            case EventRuleSyntax rule:
                Add(roles, rule.EventType, SemanticTokenTypes.Event);
                break;
            case TestEventSyntax testEvent:
                Add(roles, testEvent.EventType, SemanticTokenTypes.Event);
                break;
            case InListExpressionSyntax inList:
                Add(roles, inList.ListName, SemanticTokenTypes.Variable);
                break;
            case FilterClauseSyntax { ListName: { } listName }:
                Add(roles, listName, SemanticTokenTypes.Variable);
                break;
            case MemberOfSyntax memberOf:
                memberOf.Lists.ToList().ForEach(l => Add(roles, l, SemanticTokenTypes.Variable));
                break;
            case NameExpressionSyntax name:
                name.Parts.ToList().ForEach(p => Add(roles, p, SemanticTokenTypes.Property));
                break;
            case FieldValueSyntax field:
                Add(roles, field.Name, SemanticTokenTypes.Property);
                break;
            case OutputBindingSyntax output:
                Add(roles, output.Slot, SemanticTokenTypes.Keyword);
                Add(roles, output.PropertyName, SemanticTokenTypes.Property, Declaration);
                break;
            case BandSyntax band when band.LabelSpan.Length > 0:
                roles.TryAdd(band.LabelSpan.Start, (Index(SemanticTokenTypes.EnumMember), Declaration));
                break;
            case TestContactSyntax contact:
                Add(roles, contact.RecordType, SemanticTokenTypes.Type);
                Add(roles, contact.Name, SemanticTokenTypes.Variable, Declaration);
                break;
        }
    }

    private static void Add(Dictionary<int, (int Type, int Modifiers)> roles, IdentifierSyntax? name, string type, int modifiers = 0)
    {
        if (name is { IsMissing: false })
        {
            // The first role found wins: declarations are visited before the names nested inside them.
            roles.TryAdd(name.Span.Start, (Index(type), modifiers));
        }
    }

    private static void AddComments(IEnumerable<SyntaxTrivia> trivia, List<(TextSpan, int, int)> result)
    {
        foreach (var comment in trivia.Where(t => t.IsComment))
        {
            result.Add((comment.Span, Index(SemanticTokenTypes.Comment), 0));
        }
    }

    private static int Index(string type) => type switch
    {
        SemanticTokenTypes.Namespace => 0,
        SemanticTokenTypes.Type => 1,
        SemanticTokenTypes.Enum => 2,
        SemanticTokenTypes.EnumMember => 3,
        SemanticTokenTypes.Property => 4,
        SemanticTokenTypes.Event => 5,
        SemanticTokenTypes.Function => 6,
        SemanticTokenTypes.Variable => 7,
        SemanticTokenTypes.Keyword => 8,
        SemanticTokenTypes.Comment => 9,
        SemanticTokenTypes.String => 10,
        SemanticTokenTypes.Number => 11,
        _ => 12,
    };
}
