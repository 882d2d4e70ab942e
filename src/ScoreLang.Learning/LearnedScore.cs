using System.Collections.Immutable;

namespace ScoreLang.Learning;

/// <summary>
/// A learned rule: a property's condition and its integer points, or (<see cref="IsEvent"/>) an event rule, whose
/// <see cref="Condition"/> is the whole rule without its points and <see cref="Property"/> its event type.
/// </summary>
public sealed record LearnedRule(string Property, string Condition, int Points)
{
    public bool IsEvent { get; init; }

    /// <summary>A decayed event rule's decay clause (S17-S19), written after its points; null otherwise.</summary>
    public string? Decay { get; init; }
}

/// <summary>A learned band: its label and lowest score; the highest is the next band's lowest minus one, or the limit.</summary>
public sealed record LearnedBand(string Label, int From, int To, long Records, double Rate);

/// <summary>
/// One held-out record turned into an in-file test: its property values as ScoreLang literals, its score and tier; with
/// event rules also its evaluation moment (<see cref="AsOf"/>, as a literal) and its events up to it (type, time literal, how many).
/// </summary>
public sealed record LearnedTest(string RecordId, ImmutableArray<(string Property, string Literal)> Given, int Score, string Tier)
{
    public string? AsOf { get; init; }

    public ImmutableArray<(string Type, string At, int Times)> Events { get; init; } = [];
}

/// <summary>
/// What <see cref="ScorecardLearner"/> learned: rules per property, thresholds from the data, the cross-validated
/// quality of the integer-point score and of a plain logistic regression on the same bins, what was left out and why,
/// and tests from held-out records.
/// </summary>
public sealed record LearnedScore(
    string RecordType,
    string OutcomeName,
    int Records,
    int Converted,
    int Limit,
    ImmutableArray<LearnedRule> Rules,
    ImmutableArray<LearnedBand> Bands,
    ImmutableArray<double> FoldAucs,
    ImmutableArray<double> RegressionFoldAucs,
    ImmutableArray<string> Warnings,
    ImmutableArray<LearnedTest> Tests)
{
    /// <summary>How the outcome was derived and what it left out (<see cref="Outcome.Notes"/>), for the file's header.</summary>
    public ImmutableArray<string> OutcomeNotes { get; init; } = [];

    /// <summary>The written file's kind: <c>engagement</c> when it has event rules (S5), else <c>fit</c> (S6).</summary>
    public string Kind => Rules.Any(r => r.IsEvent) ? "engagement" : "fit";

    public double Auc => FoldAucs.Average();

    public double AucSpread => FoldAucs.Max() - FoldAucs.Min();

    public double RegressionAuc => RegressionFoldAucs.Average();
}
