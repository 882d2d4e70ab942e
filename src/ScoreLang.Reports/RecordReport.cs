using System.Collections.Immutable;
using ScoreLang.Evaluation;
using ScoreLang.Runtime;
using ScoreLang.Runtime.Building;
using ScoreLang.Semantics;

namespace ScoreLang.Reports;

/// <summary>One record's scores: each score's history at monthly dates (S27) and its explanation at the as-of date (S28).</summary>
internal sealed record RecordReport(string Id, string RecordType, ImmutableArray<RecordScore> Scores)
{
    /// <summary>
    /// Every score of the record's type, by the reference evaluator. History re-evaluates the record at each date, as a
    /// retroactive evaluation does (S26): events after a date do not count (S19); properties are their current values.
    /// Null when no record type has the id.
    /// </summary>
    public static RecordReport? Build(BoundProgram program, ScoringData data, string id, DateTime asOf, int months)
    {
        foreach (var (type, batch) in data.Records.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            var row = batch.RowOf(id);
            if (row < 0)
            {
                continue;
            }

            var record = RecordDataExtractor.Extract(data, type, row);
            var evaluator = new ReferenceEvaluator(program);
            var dates = Enumerable.Range(0, months + 1).Select(k => asOf.AddMonths(k - months)).ToArray();
            var scores = program.Scores.Where(s => s.RecordTypeName == type).Select(score => new RecordScore(
                score,
                ScoreHistory.Evaluate(evaluator, score, record, dates),
                evaluator.Evaluate(score, record, asOf)));
            return new RecordReport(id, type, [.. scores]);
        }

        return null;
    }
}

internal sealed record RecordScore(ScoreSymbol Score, ImmutableArray<ScoreResult> History, ScoreResult Explanation);
