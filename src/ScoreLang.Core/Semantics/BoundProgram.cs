using System.Collections.Immutable;

namespace ScoreLang.Semantics;

/// <summary>The bound form of a whole compilation: the schema and every score. Read by the evaluator and the compiler.</summary>
public sealed record BoundProgram(SchemaModel Schema, ImmutableArray<ScoreSymbol> Scores)
{
    public ScoreSymbol? FindScore(string name) => Scores.FirstOrDefault(s => s.Name == name);
}
