using ScoreLang.Compiler;
using ScoreLang.Runtime;
using ScoreLang.Runtime.Output;

namespace ScoreLang.Benchmarks.Contenders;

/// <summary>The compiled ScoreLang model (Roslyn, compiled once before timing) on one thread or on all cores.</summary>
internal sealed class CompiledScorer(CompiledModel model, ScoringData data, DateTime asOf, int threads) : IScorer
{
    private readonly RunOptions _options = new() { MaxDegreeOfParallelism = threads };

    public string Name => threads == 1 ? "compiled, 1 thread" : "compiled, all cores";

    public double Tolerance => 0;

    public IReadOnlyList<int>? Rows => null;

    public void Score(ScoringOutput output) => model.Run(data, asOf, output, _options);
}
