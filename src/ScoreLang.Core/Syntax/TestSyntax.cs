using System.Collections.Immutable;
using ScoreLang.Text;

namespace ScoreLang.Syntax;

/// <summary>
/// A test written inside a score:
/// <code>
/// test "books a meeting" {
///   as of 2024-03-01
///   given { lifecycle_stage: lead, job_title: "CTO" }
///   given company { industry: software }
///   member of employees
///   event meeting_booked at 2024-02-20
///   event marketing_email_opened x2 at 1 week ago
///   event form_submitted { form: "Demo request" }
///   expect score == 29
///   expect sales == 10
///   expect tier == low
/// }
/// </code>
/// </summary>
public sealed record TestDeclarationSyntax(StringLiteralSyntax Name, ImmutableArray<TestMemberSyntax> Members, TextSpan Span) : ScoreMemberSyntax(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Children(Name, Members);
}

public abstract record TestMemberSyntax(TextSpan Span) : SyntaxNode(Span);

/// <summary><c>as of 2024-03-01</c>: the evaluation date (default 2025-01-01T00:00Z, see the language reference).</summary>
public sealed record AsOfSyntax(DateLiteralExpressionSyntax Date, TextSpan Span) : TestMemberSyntax(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Children(Date);
}

/// <summary>
/// <c>given { a: 1, b: "x" }</c> sets the tested record's properties; <c>given company { ... }</c> sets those of the
/// record reached through the association <c>company</c>.
/// </summary>
public sealed record GivenSyntax(IdentifierSyntax? Association, ImmutableArray<FieldValueSyntax> Fields, TextSpan Span) : TestMemberSyntax(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Children(Association, Fields);
}

/// <summary><c>name: value</c> inside braces.</summary>
public sealed record FieldValueSyntax(IdentifierSyntax Name, ExpressionSyntax Value, TextSpan Span) : SyntaxNode(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Children(Name, Value);
}

/// <summary><c>member of employees, partners</c>: static list memberships of the tested record.</summary>
public sealed record MemberOfSyntax(ImmutableArray<IdentifierSyntax> Lists, TextSpan Span) : TestMemberSyntax(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Lists;
}

/// <summary>
/// <c>event type [x N] [{ attr: value }] [at 2024-02-20 | at 3 months ago]</c>. Without <c>at</c> the event happens at the
/// evaluation date. <see cref="Contact"/> names a contact of a company-score test (<c>event page_viewed by alice</c>, S2).
/// </summary>
public sealed record TestEventSyntax(
    IdentifierSyntax EventType,
    NumberLiteralSyntax? Repeat,
    ImmutableArray<FieldValueSyntax> Attributes,
    TestTimeSyntax? At,
    IdentifierSyntax? Contact,
    TextSpan Span) : TestMemberSyntax(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Children(EventType, Repeat, Attributes, At, Contact);
}

/// <summary>Either an absolute date or a duration before the evaluation date (<c>3 months ago</c>).</summary>
public sealed record TestTimeSyntax(DateLiteralExpressionSyntax? Date, DurationSyntax? Ago, TextSpan Span) : SyntaxNode(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Children(Date, Ago);
}

/// <summary>
/// <c>contact alice { given {...}  member of ... }</c> in a company-score test: an associated contact whose events count
/// towards the company (S2). Events name it with <c>by alice</c>.
/// </summary>
public sealed record TestContactSyntax(IdentifierSyntax RecordType, IdentifierSyntax Name, ImmutableArray<TestMemberSyntax> Members, TextSpan Span) : TestMemberSyntax(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Children(RecordType, Name, Members);
}

/// <summary>
/// <c>expect score == 29</c>, <c>expect sales == 10</c>, <c>expect engagement == 19</c>, <c>expect tier == high</c>,
/// <c>expect unscored</c> (S20: the record is excluded, its properties stay empty).
/// <see cref="Target"/> is a slot (score, tier, engagement, fit) or a group name.
/// </summary>
public sealed record ExpectSyntax(IdentifierSyntax Target, ComparisonOperator? Operator, ExpressionSyntax? Value, TextSpan Span) : TestMemberSyntax(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Children(Target, Value);
}

public sealed record ErrorTestMemberSyntax(SkippedTokensSyntax Skipped, TextSpan Span) : TestMemberSyntax(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Children(Skipped);
}
