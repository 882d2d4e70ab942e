using System.Collections.Immutable;
using ScoreLang.Diagnostics;
using ScoreLang.Syntax;

namespace ScoreLang.Semantics;

public enum ScoreKind
{
    /// <summary>Actions and interactions (S5).</summary>
    Engagement,
    /// <summary>Properties; never decays (S6).</summary>
    Fit,
    /// <summary>Engagement groups and fit groups together; writes total, engagement and fit (S7).</summary>
    Combined,
}

/// <summary>Which part of a score a group (or a thresholds set of a combined score) belongs to.</summary>
public enum ScorePart
{
    Engagement,
    Fit,
}

/// <summary>
/// A bound score (S8: several per record type are fine). <see cref="Limit"/> null means no maximum (S15).
/// <see cref="AllowNegative"/> is <c>floor none</c> (S16): group values and the total are not floored at 0.
/// </summary>
public sealed record ScoreSymbol(
    string Name,
    string? Title,
    ScoreKind Kind,
    string RecordTypeName,
    double? Limit,
    bool AllowNegative,
    ScoreOutputs Outputs,
    ImmutableArray<BoundFilter> Filters,
    ImmutableArray<GroupSymbol> Groups,
    ImmutableArray<ThresholdSet> Thresholds,
    ImmutableArray<BoundTest> Tests,
    SourceLocation? Location) : Symbol(Name, Location)
{
    public GroupSymbol? FindGroup(string name) => Groups.FirstOrDefault(g => g.Name == name);
}

/// <summary>
/// The output property names (S22). <see cref="Engagement"/> and <see cref="Fit"/> are set for combined scores only.
/// Defaults: the score's name, <c>{name}_tier</c>, <c>{name}_engagement</c>, <c>{name}_fit</c>.
/// </summary>
public sealed record ScoreOutputs(string Score, string Tier, string? Engagement, string? Fit);

/// <summary>
/// <c>include</c>/<c>exclude</c> (S20): a record is scored when it matches any include filter (or there is none) and no
/// exclude filter. Exactly one of <see cref="ListName"/> and <see cref="Condition"/> is set.
/// </summary>
public sealed record BoundFilter(bool IsExclude, string? ListName, BoundExpression? Condition, SourceLocation Location);

/// <summary>
/// A group (S9, S13). <see cref="Limit"/> is absolute (a <c>limit 25%</c> is resolved against the score's limit, S33);
/// null means no group limit. <see cref="Decay"/> is the group's default decay for its per-occurrence event rules.
/// </summary>
public sealed record GroupSymbol(
    string Name,
    string? Title,
    ScorePart Part,
    double? Limit,
    DecaySpec? Decay,
    ImmutableArray<BoundRule> Rules,
    SourceLocation? Location) : Symbol(Name, Location);

/// <summary>
/// A decay schedule (S17-S19). Factor for an event of age t at the evaluation date, always applied to the rule's
/// original points and never below 0:
/// Stepped: 1 - Percent/100 * k, k = whole periods elapsed (largest k with Period.AddTo(eventTime, k) &lt;= asOf).
/// Linear: 1 - Percent/100 * d / D, d = whole days elapsed, D = days in the first period after the event.
/// HalfLife: 0.5 ^ (d / D), same d and D.
/// </summary>
public sealed record DecaySpec(DecayForm Form, double Percent, Duration Period);

/// <summary>A rule (S9): its points (positive or negative), where it is written and its text (for explanations).</summary>
public abstract record BoundRule(double Points, SourceLocation Location, string Text);

/// <summary>
/// An event rule (S10, S12). Without <see cref="Count"/> and <see cref="Once"/>, every matching occurrence gives
/// the points decayed by its age (S17). <see cref="Once"/>: at most once, the most recent occurrence's decayed
/// points. <see cref="Count"/>: the points once (never decayed) when the number of matching occurrences is in the range
/// (non-cumulative ranges, S12). <see cref="Within"/> keeps only events with asOf - Within &lt;= timestamp.
/// Events after the evaluation date never count (S19). <see cref="Decay"/> is the effective decay (the rule's own,
/// else its group's, null for none or for fit groups).
/// </summary>
public sealed record BoundEventRule(
    EventTypeSymbol EventType,
    BoundExpression? Where,
    CountRange? Count,
    Duration? Within,
    bool Once,
    double Points,
    DecaySpec? Decay,
    SourceLocation Location,
    string Text) : BoundRule(Points, Location, Text);

/// <summary>A property rule (S11): the points once while the condition holds.</summary>
public sealed record BoundPropertyRule(BoundExpression Condition, double Points, SourceLocation Location, string Text)
    : BoundRule(Points, Location, Text);

/// <summary>An inclusive count range; <see cref="To"/> null is open-ended (<c>6..</c>).</summary>
public sealed record CountRange(int From, int? To)
{
    public bool Contains(int count) => count >= From && (To is null || count <= To.Value);

    public override string ToString() => To is null ? $"{From}.." : From == To ? $"{From}" : $"{From}..{To}";
}

/// <summary>
/// Threshold bands (S23). For a combined score there is one set per part (S24) and the tier is the fit label followed
/// by the engagement label ("A1"). A value v is in band b when b.From &lt;= v &lt; b.To + 1 (b.To null: no upper end);
/// a value in no band has no tier.
/// </summary>
public sealed record ThresholdSet(ScorePart? Part, ImmutableArray<Band> Bands, SourceLocation Location)
{
    public string? Classify(double value)
    {
        foreach (var band in Bands)
        {
            if (value >= band.From && (band.To is null || value < band.To.Value + 1))
            {
                return band.Label;
            }
        }

        return null;
    }
}

public sealed record Band(string Label, int From, int? To, SourceLocation Location);
