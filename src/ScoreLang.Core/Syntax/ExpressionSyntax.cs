using System.Collections.Immutable;
using ScoreLang.Text;

namespace ScoreLang.Syntax;

/// <summary>
/// Conditions. Precedence, loosest first: <c>or</c>, <c>and</c>, <c>not</c>, then one comparison-like form
/// (comparisons do not chain).
/// </summary>
public abstract record ExpressionSyntax(TextSpan Span) : SyntaxNode(Span);

public enum LogicalOperator
{
    And,
    Or,
}

public sealed record LogicalExpressionSyntax(ExpressionSyntax Left, LogicalOperator Operator, ExpressionSyntax Right, TextSpan Span) : ExpressionSyntax(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Children(Left, Right);
}

public sealed record NotExpressionSyntax(ExpressionSyntax Operand, TextSpan Span) : ExpressionSyntax(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Children(Operand);
}

public sealed record ParenthesizedExpressionSyntax(ExpressionSyntax Inner, TextSpan Span) : ExpressionSyntax(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Children(Inner);
}

public enum ComparisonOperator
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Contains,
    StartsWith,
    EndsWith,
}

/// <summary><c>a == b</c>, <c>a &lt; 5</c>, <c>title contains "Director"</c>, <c>email ends with "@gmail.com"</c>.</summary>
public sealed record ComparisonExpressionSyntax(ExpressionSyntax Left, ComparisonOperator Operator, TextSpan OperatorSpan, ExpressionSyntax Right, TextSpan Span) : ExpressionSyntax(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Children(Left, Right);
}

/// <summary><c>stage in [customer, opportunity]</c>, <c>stage not in ["lead"]</c>.</summary>
public sealed record InExpressionSyntax(ExpressionSyntax Operand, bool IsNegated, ImmutableArray<ExpressionSyntax> Items, TextSpan Span) : ExpressionSyntax(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Children(Operand, Items);
}

/// <summary><c>num_employees between 50 and 500</c> (inclusive).</summary>
public sealed record BetweenExpressionSyntax(ExpressionSyntax Operand, ExpressionSyntax Low, ExpressionSyntax High, TextSpan Span) : ExpressionSyntax(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Children(Operand, Low, High);
}

/// <summary><c>phone is known</c>, <c>phone is unknown</c> (S11).</summary>
public sealed record IsKnownExpressionSyntax(ExpressionSyntax Operand, bool IsKnown, TextSpan Span) : ExpressionSyntax(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Children(Operand);
}

/// <summary><c>in list partners</c>, <c>not in list partners</c> as a condition on the scored record (S4).</summary>
public sealed record InListExpressionSyntax(bool IsNegated, IdentifierSyntax ListName, TextSpan Span) : ExpressionSyntax(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Children(ListName);
}

public enum RelativeDateOperator
{
    /// <summary><c>created_at within last 30 days</c>: between the evaluation date minus the duration and the evaluation date.</summary>
    WithinLast,
    /// <summary><c>last_seen more than 90 days ago</c>: strictly before the evaluation date minus the duration.</summary>
    MoreThanAgo,
}

public sealed record RelativeDateExpressionSyntax(ExpressionSyntax Operand, RelativeDateOperator Operator, DurationSyntax Duration, TextSpan Span) : ExpressionSyntax(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Children(Operand, Duration);
}

/// <summary><c>days since last_email_open</c>: whole days from a date property to the evaluation date, a number (S11).</summary>
public sealed record DaysSinceExpressionSyntax(ExpressionSyntax Operand, TextSpan Span) : ExpressionSyntax(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Children(Operand);
}

/// <summary>
/// A name or a dotted path: <c>job_title</c>, <c>company.industry</c> (S3). A single name may also be an enum
/// member (<c>customer</c>) or <c>true</c>/<c>false</c>; the binder decides from context.
/// </summary>
public sealed record NameExpressionSyntax(ImmutableArray<IdentifierSyntax> Parts, TextSpan Span) : ExpressionSyntax(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Parts;
}

public sealed record StringLiteralExpressionSyntax(StringLiteralSyntax Literal, TextSpan Span) : ExpressionSyntax(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Children(Literal);
}

public sealed record NumberLiteralExpressionSyntax(NumberLiteralSyntax Literal, TextSpan Span) : ExpressionSyntax(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Children(Literal);
}

/// <summary>A date literal <c>2024-02-20</c>; <see cref="Value"/> is UTC.</summary>
public sealed record DateLiteralExpressionSyntax(DateTime Value, string Text, TextSpan Span) : ExpressionSyntax(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => [];
}

/// <summary>Where an expression was expected but none was found; a diagnostic was reported.</summary>
public sealed record MissingExpressionSyntax(TextSpan Span) : ExpressionSyntax(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => [];
}
