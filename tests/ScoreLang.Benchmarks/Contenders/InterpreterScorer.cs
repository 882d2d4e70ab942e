using ScoreLang.Evaluation;
using ScoreLang.Runtime;
using ScoreLang.Runtime.Building;
using ScoreLang.Runtime.Output;
using ScoreLang.Semantics;

namespace ScoreLang.Benchmarks.Contenders;

/// <summary>
/// ScoreLang's reference evaluator (the interpreter) on the evaluator's own data model: each contact is converted to a
/// <see cref="RecordData"/> (with its company) before timing; timing covers evaluation only.
/// </summary>
internal sealed class InterpreterScorer : IScorer
{
    private readonly ReferenceEvaluator _evaluator;
    private readonly ScoreSymbol[] _scores;
    private readonly int[] _rows;
    private readonly RecordData[] _records;
    private readonly DateTime _asOf;

    public InterpreterScorer(BoundProgram program, ScoringData data, DateTime asOf, IReadOnlyList<int>? rows = null)
    {
        _evaluator = new ReferenceEvaluator(program);
        _scores = [.. program.Scores];
        _asOf = asOf;
        _rows = rows is null ? [.. Enumerable.Range(0, data.RecordsOf("contact").Count)] : [.. rows];
        _records = [.. _rows.Select(row => RecordDataExtractor.Extract(data, "contact", row))];
        Rows = rows;
    }

    public string Name => "reference evaluator";

    public double Tolerance => 0;

    public IReadOnlyList<int>? Rows { get; }

    public void Score(ScoringOutput output)
    {
        foreach (var score in _scores)
        {
            var columns = output[score.Name];
            for (var i = 0; i < _rows.Length; i++)
            {
                Write(columns, _rows[i], _evaluator.Evaluate(score, _records[i], _asOf));
            }
        }
    }

    private static void Write(ScoreColumns columns, int row, ScoreResult result)
    {
        columns.Scored[row] = result.IsScored;
        columns.Values[row] = result.Score ?? 0;
        for (var g = 0; g < columns.Groups.Length; g++)
        {
            columns.Groups[g][row] = result.IsScored ? result.Groups[g].Value : 0;
        }

        columns.Tiers[row] = result.Tier is null ? -1 : columns.TierLabels.IndexOf(result.Tier);
    }
}
