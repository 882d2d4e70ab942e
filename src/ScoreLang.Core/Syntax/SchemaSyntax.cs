using System.Collections.Immutable;
using ScoreLang.Text;

namespace ScoreLang.Syntax;

/// <summary>
/// <c>record contact "People we talk to" { email: string  company: company  ... }</c>. A property whose type is
/// another record type is an association (contact -> company).
/// </summary>
public sealed record RecordDeclarationSyntax(
    IdentifierSyntax Name,
    StringLiteralSyntax? Description,
    ImmutableArray<PropertyDeclarationSyntax> Properties,
    TextSpan Span) : DeclarationSyntax(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Children(Name, Description, Properties);
}

/// <summary><c>num_employees: number "Head count"</c> in a record, or an attribute in an event type.</summary>
public sealed record PropertyDeclarationSyntax(
    IdentifierSyntax Name,
    TypeSyntax Type,
    StringLiteralSyntax? Description,
    TextSpan Span) : SyntaxNode(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Children(Name, Type, Description);
}

public abstract record TypeSyntax(TextSpan Span) : SyntaxNode(Span);

/// <summary><c>string</c>, <c>number</c>, <c>bool</c>, <c>date</c>, <c>datetime</c>, or a record type name (an association).</summary>
public sealed record NamedTypeSyntax(IdentifierSyntax Name, TextSpan Span) : TypeSyntax(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Children(Name);
}

/// <summary><c>enum { subscriber, lead, customer }</c>.</summary>
public sealed record EnumTypeSyntax(ImmutableArray<IdentifierSyntax> Members, TextSpan Span) : TypeSyntax(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Members;
}

/// <summary>
/// <c>event form_submitted on contact "A form was sent" { form: string  page_url: string }</c>. Every event
/// has an implicit <c>timestamp</c>.
/// </summary>
public sealed record EventDeclarationSyntax(
    IdentifierSyntax Name,
    IdentifierSyntax RecordType,
    StringLiteralSyntax? Description,
    ImmutableArray<PropertyDeclarationSyntax> Attributes,
    TextSpan Span) : DeclarationSyntax(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Children(Name, RecordType, Description, Attributes);
}

/// <summary>
/// <c>list employees of contact</c> (static: membership is input data) or
/// <c>list big_companies of company when num_employees >= 500</c> (defined by a condition).
/// </summary>
public sealed record ListDeclarationSyntax(
    IdentifierSyntax Name,
    IdentifierSyntax RecordType,
    StringLiteralSyntax? Description,
    ExpressionSyntax? Condition,
    TextSpan Span) : DeclarationSyntax(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Children(Name, RecordType, Description, Condition);
}
