using ScoreLang.Text;

namespace ScoreLang.Syntax;

public abstract record RuleSyntax(TextSpan Span) : SyntaxNode(Span);

/// <summary>
/// <c>event form_submitted where form == "Demo request" count 2..5 within last 30 days once +50 decay 100% every 3 months</c>.
/// Clauses appear in that order; all but the event type and the points are optional (S10, S12, S17-S19).
/// </summary>
public sealed record EventRuleSyntax(
    IdentifierSyntax EventType,
    ExpressionSyntax? Where,
    RangeSyntax? Count,
    DurationSyntax? Within,
    bool Once,
    PointsSyntax Points,
    DecaySyntax? Decay,
    TextSpan Span) : RuleSyntax(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Children(EventType, Where, Count, Within, Points, Decay);
}

/// <summary><c>when job_title contains "Director" +10</c> (S11).</summary>
public sealed record PropertyRuleSyntax(ExpressionSyntax Condition, PointsSyntax Points, TextSpan Span) : RuleSyntax(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Children(Condition, Points);
}

/// <summary>Signed points: <c>+15</c>, <c>-20</c>, <c>2.5</c>. <see cref="HasSign"/> is false when written without a sign.</summary>
public sealed record PointsSyntax(double Value, bool HasSign, TextSpan Span) : SyntaxNode(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => [];
}

public sealed record ErrorRuleSyntax(SkippedTokensSyntax Skipped, TextSpan Span) : RuleSyntax(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Children(Skipped);
}
