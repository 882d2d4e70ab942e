using System.Collections.Immutable;
using ScoreLang.Diagnostics;
using ScoreLang.Syntax;

namespace ScoreLang.Semantics;

/// <summary>
/// A test written inside a score: the tested record (with its associated records, lists, events and, for a company
/// score, its contacts) at an evaluation date, and the expectations. See <see cref="Evaluation.RecordData"/>.
/// </summary>
public sealed record BoundTest(
    string Name,
    string ScoreName,
    DateTime AsOf,
    Evaluation.RecordData Record,
    ImmutableArray<BoundExpectation> Expectations,
    SourceLocation Location)
{
    /// <summary>The evaluation date when a test has no <c>as of</c>.</summary>
    public static DateTime DefaultAsOf { get; } = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
}

public enum ExpectationTarget
{
    Score,
    Tier,
    Engagement,
    Fit,
    Group,
    Scored,
    Unscored,
}

/// <summary>
/// <c>expect sales == 10</c>: <see cref="GroupName"/> is set when <see cref="Target"/> is Group. <see cref="Expected"/> is a
/// double for numeric targets and a string for the tier; numeric equality allows 1e-9.
/// </summary>
public sealed record BoundExpectation(
    ExpectationTarget Target,
    string? GroupName,
    ComparisonOperator Operator,
    object? Expected,
    SourceLocation Location);
