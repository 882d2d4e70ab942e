using System.Collections.Immutable;

namespace ScoreLang.Semantics;

/// <summary>
/// The bound form of a whole compilation: the schema, every score, and the predictive scores (S30) apart, since they have
/// no rules for the evaluator and the compiler to run. Read by the evaluator and the compiler.
/// </summary>
public sealed record BoundProgram(SchemaModel Schema, ImmutableArray<ScoreSymbol> Scores)
{
    public ImmutableArray<PredictiveScoreSymbol> Predictive { get; init; } = [];

    public ScoreSymbol? FindScore(string name) => Scores.FirstOrDefault(s => s.Name == name);

    public PredictiveScoreSymbol? FindPredictive(string name) => Predictive.FirstOrDefault(s => s.Name == name);
}
