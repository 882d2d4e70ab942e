using System.Collections.Immutable;
using ScoreLang.Diagnostics;

namespace ScoreLang.Semantics;

/// <summary>
/// A predictive score (S30): its value is a model's probability (0-100) of the outcome, and its priority ranks the scored
/// records in four equal tiers by that probability. A record for which <see cref="Closed"/> holds has already reached
/// the end stage: priority "Closed won", no probability. <see cref="ModelPath"/> is as written (relative to the score
/// file at <see cref="ModelLocation"/>); <see cref="ModelHash"/> is the SHA-256 the runtime checks before loading it.
/// <para>
/// Predictive scores are kept apart from <see cref="BoundProgram.Scores"/> (which the compiler, the SQL engines and the
/// reference evaluator read) because they have no rules. Two synthesized plain scores let the rest of the tool reuse its
/// machinery: <see cref="Output"/> has this score's output names and the priority labels as its tiers (so writers,
/// summaries and evaluate need nothing new), and <see cref="Gate"/> is a fit score with one rule, "closed when ... +1",
/// and this score's filters (S20), which the compiler turns into a batch-speed test of which records are scored and
/// which are closed.
/// </para>
/// </summary>
public sealed record PredictiveScoreSymbol(
    string Name,
    string? Title,
    string RecordTypeName,
    ScoreOutputs Outputs,
    string ModelPath,
    string? ModelHash,
    SourceLocation ModelLocation,
    BoundExpression? Closed,
    ImmutableArray<BoundFilter> Filters,
    SourceLocation? Location) : Symbol(Name, Location)
{
    /// <summary>The priority tiers, highest first, then the label of records already at the end stage (S30).</summary>
    public static ImmutableArray<string> PriorityLabels { get; } = ["Very high", "High", "Medium", "Low", "Closed won"];

    /// <summary>The code of "Closed won" among <see cref="PriorityLabels"/>.</summary>
    public const int ClosedWonTier = 4;

    /// <summary>This score as a plain score without groups: its output names, and the priority labels as tiers.</summary>
    public ScoreSymbol Output => new(
        Name, Title, ScoreKind.Fit, RecordTypeName, 100, false, Outputs, Filters, [],
        [new ThresholdSet(null, [.. PriorityLabels.Select((label, i) => new Band(label, 0, null, ModelLocation))], ModelLocation)],
        [], Location);

    /// <summary>A fit score that is 1 for a closed record and 0 otherwise, scored where this score is (S20).</summary>
    public ScoreSymbol Gate
    {
        get
        {
            var location = Location ?? ModelLocation;
            ImmutableArray<BoundRule> rules = Closed is null ? [] : [new BoundPropertyRule(Closed, 1, location, "closed when")];
            var group = new GroupSymbol("closed", null, ScorePart.Fit, null, null, rules, location);
            return new ScoreSymbol(Name, Title, ScoreKind.Fit, RecordTypeName, null, false, new ScoreOutputs(Name, Name + "_closed", null, null),
                Filters, [group], [], [], Location);
        }
    }
}
