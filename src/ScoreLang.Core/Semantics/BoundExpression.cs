using System.Collections.Immutable;
using ScoreLang.Syntax;
using ScoreLang.Text;

namespace ScoreLang.Semantics;

/// <summary>
/// A bound condition or operand. <see cref="Type"/> is <see cref="ValueType.Bool"/> for conditions.
/// <see cref="Span"/> points back to the source (in the file of the enclosing declaration).
/// Semantics shared by the reference evaluator and the compiler (docs/language.md, "Unknown values"):
/// a comparison, <c>in</c>, <c>between</c>, text test or relative date test on an unknown value is false;
/// <c>is unknown</c> is the way to test for it; <c>not</c> is plain negation. Text comparisons ignore case.
/// </summary>
public abstract record BoundExpression(ValueType Type, TextSpan Span);

public sealed record BoundLogical(BoundExpression Left, LogicalOperator Operator, BoundExpression Right, TextSpan Span)
    : BoundExpression(ValueType.Bool, Span);

public sealed record BoundNot(BoundExpression Operand, TextSpan Span) : BoundExpression(ValueType.Bool, Span);

/// <summary>A bool-typed operand used as a condition: <c>when is_decision_maker +10</c>.</summary>
public sealed record BoundTruth(BoundExpression Operand, TextSpan Span) : BoundExpression(ValueType.Bool, Span);

/// <summary>
/// <see cref="Left"/> and <see cref="Right"/> have the same kind after binding (numbers with numbers, dates with dates,
/// text/enum with text); ordering operators only apply to numbers and dates; contains/starts/ends only to text.
/// </summary>
public sealed record BoundComparison(BoundExpression Left, ComparisonOperator Operator, BoundExpression Right, TextSpan Span)
    : BoundExpression(ValueType.Bool, Span);

/// <summary><c>x in [a, b]</c>: <see cref="Items"/> are constants of the operand's type.</summary>
public sealed record BoundIn(BoundExpression Operand, bool IsNegated, ImmutableArray<BoundConstant> Items, TextSpan Span)
    : BoundExpression(ValueType.Bool, Span);

/// <summary>Inclusive on both ends.</summary>
public sealed record BoundBetween(BoundExpression Operand, BoundExpression Low, BoundExpression High, TextSpan Span)
    : BoundExpression(ValueType.Bool, Span);

public sealed record BoundIsKnown(BoundExpression Operand, bool IsKnown, TextSpan Span) : BoundExpression(ValueType.Bool, Span);

/// <summary>Membership of the scored record in a list; a conditional list evaluates its condition on the record (S4).</summary>
public sealed record BoundInList(string ListName, bool IsNegated, TextSpan Span) : BoundExpression(ValueType.Bool, Span);

/// <summary><c>d within last 30 days</c>: asOf - duration &lt;= d &lt;= asOf. <c>d more than 30 days ago</c>: d &lt; asOf - duration.</summary>
public sealed record BoundRelativeDate(BoundExpression Operand, RelativeDateOperator Operator, Duration Duration, TextSpan Span)
    : BoundExpression(ValueType.Bool, Span);

/// <summary>Whole days from a date to the evaluation date: floor((asOf - d).TotalDays); unknown when d is unknown.</summary>
public sealed record BoundDaysSince(BoundExpression Operand, TextSpan Span) : BoundExpression(ValueType.Number, Span);

/// <summary>
/// A property of the scored record (<see cref="Association"/> null) or of the record reached through an association
/// property (<c>company.industry</c>: Association is the <c>company</c> property of the scored record type, S3).
/// </summary>
public sealed record BoundPropertyAccess(PropertySymbol Property, PropertySymbol? Association, TextSpan Span)
    : BoundExpression(Property.Type, Span);

/// <summary>An attribute of the event being matched, inside an event rule's <c>where</c>.</summary>
public sealed record BoundAttributeAccess(PropertySymbol Attribute, TextSpan Span) : BoundExpression(Attribute.Type, Span);

/// <summary>The matched event's <c>timestamp</c> (a datetime), inside an event rule's <c>where</c>.</summary>
public sealed record BoundEventTimestamp(TextSpan Span) : BoundExpression(ValueType.DateTime, Span);

/// <summary>
/// A constant: string, double, bool, DateTime (UTC) or an enum member name (string, as declared). Never null.
/// </summary>
public sealed record BoundConstant(object Value, ValueType ConstantType, TextSpan Span) : BoundExpression(ConstantType, Span);

/// <summary>What replaces an expression that failed to bind; evaluates to false / unknown. Only present with errors.</summary>
public sealed record BoundErrorExpression(TextSpan Span) : BoundExpression(ValueType.Error, Span);
