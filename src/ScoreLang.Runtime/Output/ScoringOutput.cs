using System.Collections.Frozen;
using ScoreLang.Semantics;

namespace ScoreLang.Runtime.Output;

/// <summary>
/// The results of scoring one <see cref="ScoringData"/>: one <see cref="ScoreColumns"/> per score, sized to its record
/// type's batch. Scorers fill it in place (and may be run again on it for another evaluation date); writers read it.
/// </summary>
public sealed class ScoringOutput
{
    private readonly FrozenDictionary<string, ScoreColumns> _byName;

    private ScoringOutput(IReadOnlyList<ScoreColumns> scores)
    {
        Scores = scores;
        _byName = scores.ToFrozenDictionary(s => s.Name, StringComparer.Ordinal);
    }

    /// <summary>In the order of the program's scores.</summary>
    public IReadOnlyList<ScoreColumns> Scores { get; }

    public ScoreColumns this[string scoreName] =>
        _byName.TryGetValue(scoreName, out var columns)
            ? columns
            : throw new ArgumentException($"There is no score '{scoreName}' in this output.", nameof(scoreName));

    public bool TryGet(string scoreName, out ScoreColumns? columns) => _byName.TryGetValue(scoreName, out columns);

    /// <summary>
    /// Empty columns for each score, sized to the batch of its record type in <paramref name="data"/>;
    /// <paramref name="withRawTotals"/> adds each group's total before its limit (for explanations and diffs).
    /// </summary>
    public static ScoringOutput Create(IEnumerable<ScoreSymbol> scores, ScoringData data, bool withRawTotals = false) =>
        new([.. scores.Select(s => new ScoreColumns(s, data.RecordsOf(s.RecordTypeName).Count, withRawTotals))]);
}
