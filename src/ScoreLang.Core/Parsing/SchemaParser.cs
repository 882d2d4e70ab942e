using Pidgin;
using ScoreLang.Syntax;
using ScoreLang.Text;
using static Pidgin.Parser;
using static Pidgin.Parser<ScoreLang.Syntax.SyntaxToken>;
using static ScoreLang.Parsing.TokenParsers;

namespace ScoreLang.Parsing;

/// <summary>
/// The schema declarations: <c>import "x.schema"</c>, <c>record</c> with typed properties, <c>event ... on record</c>
/// with attributes, and <c>list ... of record [when condition]</c>.
/// </summary>
internal sealed class SchemaParser
{
    private readonly TokenParsers _tokens;
    private readonly Recovery _recovery;

    public SchemaParser(TokenParsers tokens, Recovery recovery, ExpressionParser expressions)
    {
        _tokens = tokens;
        _recovery = recovery;
        var properties = Properties();

        Import = tokens.Node(Word("import").Then(tokens.ExpectString("a file name in double quotes, such as \"crm.schema\""))
            .Select(path => Make(span => new ImportSyntax(path, span))));

        Record = tokens.NodeAt(Map(
            (name, description, body) => (Func<int, TextSpan, DeclarationSyntax>)((start, span) =>
            {
                ReportIfUnclosed(body, start, name);
                return new RecordDeclarationSyntax(name, description, body.Items, span);
            }),
            Word("record").Then(tokens.ExpectIdentifier("a record name")),
            tokens.OptionalString,
            properties));

        Event = tokens.NodeAt(Map(
            (name, recordType, description, body) => (Func<int, TextSpan, DeclarationSyntax>)((start, span) =>
            {
                ReportIfUnclosed(body, start, name);
                return new EventDeclarationSyntax(name, recordType, description, body.Items, span);
            }),
            Word("event").Then(tokens.ExpectName("an event name", "on")),
            tokens.ExpectWord("on").Then(tokens.ExpectIdentifier("the record type the event happens to, such as 'contact'")),
            tokens.OptionalString,
            TokenParsers.Peek(i => tokens.Context.IsKind(i, TokenKind.OpenBrace)).Then(properties)
                .OrElse(Return(new Recovery.Block<PropertyDeclarationSyntax>([], true, true)))));

        List = tokens.Node(Map(
            (name, recordType, description, condition) => Make(span => new ListDeclarationSyntax(name, recordType, description, condition, span)),
            Word("list").Then(tokens.ExpectName("a list name", "of")),
            tokens.ExpectWord("of").Then(tokens.ExpectIdentifier("the record type of the list's members, such as 'contact'")),
            tokens.OptionalString,
            Opt(Word("when").Then(expressions.Condition))));
    }

    public Parser<SyntaxToken, DeclarationSyntax> Import { get; }

    public Parser<SyntaxToken, DeclarationSyntax> Record { get; }

    public Parser<SyntaxToken, DeclarationSyntax> Event { get; }

    public Parser<SyntaxToken, DeclarationSyntax> List { get; }

    private static Func<TextSpan, DeclarationSyntax> Make(Func<TextSpan, DeclarationSyntax> make) => make;

    private void ReportIfUnclosed<T>(Recovery.Block<T> block, int start, IdentifierSyntax name)
    {
        if (block.HasOpen && !block.HasClose)
        {
            _recovery.ReportUnclosed(start, name);
        }
    }

    private bool IsPropertyStart(int i) => _tokens.Context.IsKind(i, TokenKind.Identifier) && _tokens.Context.IsKind(i + 1, TokenKind.Colon);

    /// <summary><c>{ name: type "description" ,? ... }</c>: commas between properties are optional.</summary>
    private Parser<SyntaxToken, Recovery.Block<PropertyDeclarationSyntax>> Properties()
    {
        var property = _tokens.Node(Map(
            (name, _, type, description) => (Func<TextSpan, PropertyDeclarationSyntax>)(span => new PropertyDeclarationSyntax(name, type, description, span)),
            _tokens.Identifier,
            _tokens.ExpectKind(TokenKind.Colon, ":"),
            Type(),
            _tokens.OptionalString)).Before(Kind(TokenKind.Comma).OrNothing());
        var error = _recovery.Skip("a property such as 'name: string'", IsPropertyStart, _ => false, [])
            .Select(skipped => (PropertyDeclarationSyntax?)null);
        return _recovery.BlockOf(property.Select(p => (PropertyDeclarationSyntax?)p), error)
            .Select(block => new Recovery.Block<PropertyDeclarationSyntax>([.. block.Items.OfType<PropertyDeclarationSyntax>()], block.HasOpen, block.HasClose));
    }

    /// <summary><c>string</c>, a record type, or <c>enum { a, b, c }</c>.</summary>
    private Parser<SyntaxToken, TypeSyntax> Type()
    {
        var separator = FirstOf(
            Kind(TokenKind.Comma).IgnoreResult(),
            TokenParsers.Peek(i => !_tokens.Context.IsKind(i, TokenKind.Identifier) || IsPropertyStart(i) || _recovery.IsDeclarationStart(i)),
            _tokens.Missing("','", _ => Unit.Value));
        var member = TokenParsers.Peek(i => !IsPropertyStart(i) && !_recovery.IsDeclarationStart(i)).Then(_tokens.Identifier).Before(separator);
        var enumType = _tokens.NodeAt(Map(
            (_, open, members, close) => (Func<int, TextSpan, TypeSyntax>)((start, span) =>
            {
                if (open && !close)
                {
                    _recovery.ReportUnclosed(start, null);
                }

                return new EnumTypeSyntax([.. members], span);
            }),
            Word("enum"),
            _tokens.ExpectKind(TokenKind.OpenBrace, "{"),
            member.Many(),
            Kind(TokenKind.CloseBrace).ThenReturn(true).OrElse(Return(false))));
        var named = _tokens.Identifier.Select(name => (TypeSyntax)new NamedTypeSyntax(name, name.Span));
        var missing = _tokens.Missing<TypeSyntax>(
            "a type such as 'string', 'number', 'bool', 'date', 'datetime', 'enum { ... }' or a record name",
            span => new NamedTypeSyntax(new IdentifierSyntax(string.Empty, span), span));
        return FirstOf(enumType, named, missing);
    }
}
