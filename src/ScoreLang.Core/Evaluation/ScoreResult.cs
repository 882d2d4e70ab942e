using System.Collections.Immutable;
using ScoreLang.Semantics;

namespace ScoreLang.Evaluation;

/// <summary>
/// The value of one score for one record at one date. When <see cref="IsScored"/> is false (excluded, S20) every value
/// is null: empty, which is different from 0. <see cref="Engagement"/> and <see cref="Fit"/> are the parts of a combined
/// score (S7) and null otherwise.
/// </summary>
public sealed record ScoreResult(
    string ScoreName,
    string RecordId,
    DateTime AsOf,
    bool IsScored,
    double? Score,
    double? Engagement,
    double? Fit,
    string? Tier,
    ImmutableArray<GroupResult> Groups)
{
    public GroupResult? FindGroup(string name) => Groups.FirstOrDefault(g => g.Name == name);
}

/// <summary>
/// A group's contribution (S13): <see cref="RawTotal"/> is the sum of its rules' points after decay;
/// <see cref="Value"/> is after the group limit and the floor.
/// </summary>
public sealed record GroupResult(string Name, double RawTotal, double Value, bool LimitReached, ImmutableArray<RuleResult> Rules);

/// <summary>
/// One rule's part of the explanation (S28): whether it matched, how many occurrences counted, the points before decay
/// (<see cref="RawPoints"/>) and after (<see cref="Points"/>).
/// </summary>
public sealed record RuleResult(BoundRule Rule, bool Matched, int Occurrences, double RawPoints, double Points);
