using ScoreLang.Runtime.Output;

namespace ScoreLang.Benchmarks.Contenders;

/// <summary>A contender: scores the workload's contacts into an output sized for them (created once, before timing).</summary>
internal interface IScorer
{
    string Name { get; }

    /// <summary>
    /// 0 when the contender must equal the evaluator bit for bit; otherwise the largest difference allowed in a value
    /// (a contender that adds continuous decay factors in another order, e.g. DuckDB's parallel SUM).
    /// </summary>
    double Tolerance { get; }

    /// <summary>The contact rows it scores (null: all).</summary>
    IReadOnlyList<int>? Rows { get; }

    void Score(ScoringOutput output);
}
