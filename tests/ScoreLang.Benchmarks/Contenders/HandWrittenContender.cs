using ScoreLang.Runtime;
using ScoreLang.Runtime.Output;

namespace ScoreLang.Benchmarks.Contenders;

/// <summary><see cref="HandWrittenScorer"/> as a contender.</summary>
internal sealed class HandWrittenContender(ScoringData data, DateTime asOf) : IScorer
{
    private readonly HandWrittenScorer _scorer = new(data);

    public string Name => "hand-written loop";

    public double Tolerance => 0;

    public IReadOnlyList<int>? Rows => null;

    public void Score(ScoringOutput output) => _scorer.Run(asOf, output);
}
