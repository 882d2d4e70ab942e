using System.Collections.Immutable;
using ScoreLang.Text;

namespace ScoreLang.Syntax;

/// <summary>
/// <c>score contact_engagement for contact "Engagement" { kind engagement  limit 100  group ... }</c>.
/// Members may come in any order; the binder reports duplicates and missing parts.
/// </summary>
public sealed record ScoreDeclarationSyntax(
    IdentifierSyntax Name,
    IdentifierSyntax RecordType,
    StringLiteralSyntax? Title,
    ImmutableArray<ScoreMemberSyntax> Members,
    TextSpan Span) : DeclarationSyntax(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Children(Name, RecordType, Title, Members);
}

public abstract record ScoreMemberSyntax(TextSpan Span) : SyntaxNode(Span);

/// <summary><c>kind engagement</c> | <c>kind fit</c> | <c>kind combined</c>.</summary>
public sealed record KindClauseSyntax(IdentifierSyntax Kind, TextSpan Span) : ScoreMemberSyntax(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Children(Kind);
}

/// <summary><c>limit 100</c> on a score (S14).</summary>
public sealed record LimitClauseSyntax(NumberLiteralSyntax Value, TextSpan Span) : ScoreMemberSyntax(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Children(Value);
}

/// <summary><c>floor 0</c> (the default, S16) or <c>floor none</c> (legacy scores that may go negative).</summary>
public sealed record FloorClauseSyntax(NumberLiteralSyntax? Value, bool IsNone, TextSpan Span) : ScoreMemberSyntax(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Children(Value);
}

/// <summary>
/// <c>output { score: lead_score, tier: lead_tier, engagement: lead_eng, fit: lead_fit }</c> (S22): the names of the
/// properties the score writes. Slots not given get defaults derived from the score's name.
/// </summary>
public sealed record OutputClauseSyntax(ImmutableArray<OutputBindingSyntax> Bindings, TextSpan Span) : ScoreMemberSyntax(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Bindings;
}

public sealed record OutputBindingSyntax(IdentifierSyntax Slot, IdentifierSyntax PropertyName, TextSpan Span) : SyntaxNode(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Children(Slot, PropertyName);
}

/// <summary>
/// <c>include list newsletter</c>, <c>exclude list employees</c>, <c>exclude when lifecycle_stage in [customer]</c> (S20).
/// Exactly one of <see cref="ListName"/> and <see cref="Condition"/> is set.
/// </summary>
public sealed record FilterClauseSyntax(
    bool IsExclude,
    IdentifierSyntax? ListName,
    ExpressionSyntax? Condition,
    TextSpan Span) : ScoreMemberSyntax(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Children(ListName, Condition);
}

/// <summary>
/// <c>[fit|engagement] group marketing "Marketing engagement" limit 40 decay 50% every 1 month { rules }</c>.
/// <see cref="Part"/> is required in combined scores (S7). A limit may be a share of the score's limit:
/// <c>limit 25%</c> (S33).
/// </summary>
public sealed record GroupDeclarationSyntax(
    IdentifierSyntax? Part,
    IdentifierSyntax Name,
    StringLiteralSyntax? Title,
    GroupLimitSyntax? Limit,
    DecaySyntax? Decay,
    ImmutableArray<RuleSyntax> Rules,
    TextSpan Span) : ScoreMemberSyntax(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Children(Part, Name, Title, Limit, Decay, Rules);
}

/// <summary><c>limit 60</c> or <c>limit 25%</c>.</summary>
public sealed record GroupLimitSyntax(NumberLiteralSyntax Value, bool IsPercent, TextSpan Span) : SyntaxNode(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Children(Value);
}

public enum DecayForm
{
    /// <summary><c>decay 50% every 1 month</c>: the factor drops by the percentage at each whole period (S19).</summary>
    Stepped,
    /// <summary><c>decay 100% over 3 months</c>: the same drop spread linearly, day by day (S19).</summary>
    Linear,
    /// <summary><c>decay half-life 30 days</c>: the factor halves every period, continuously.</summary>
    HalfLife,
    /// <summary><c>no decay</c>: a rule opts out of its group's decay.</summary>
    None,
}

/// <summary>A decay clause; <see cref="Percent"/> is absent for half-life and none, <see cref="Period"/> for none.</summary>
public sealed record DecaySyntax(DecayForm Form, NumberLiteralSyntax? Percent, DurationSyntax? Period, TextSpan Span) : SyntaxNode(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Children(Percent, Period);
}

/// <summary>
/// <c>thresholds { high 70..100  medium 40..69  low 0..39 }</c> (S23); in a combined score
/// <c>thresholds fit { A 70..  B 40..69  C 0..39 }</c> and <c>thresholds engagement { "1" 70..  "2" 40..69  "3" 0..39 }</c> (S24).
/// </summary>
public sealed record ThresholdsSyntax(IdentifierSyntax? Part, ImmutableArray<BandSyntax> Bands, TextSpan Span) : ScoreMemberSyntax(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Children(Part, Bands);
}

/// <summary>One band: a label (a name, a string or a number as written) and an integer range.</summary>
public sealed record BandSyntax(string Label, TextSpan LabelSpan, RangeSyntax Range, TextSpan Span) : SyntaxNode(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Children(Range);
}

public sealed record ErrorScoreMemberSyntax(SkippedTokensSyntax Skipped, TextSpan Span) : ScoreMemberSyntax(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Children(Skipped);
}
