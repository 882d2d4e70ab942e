using System.Diagnostics;
using ScoreLang.Learning;
using ScoreLang.Runtime;
using ScoreLang.Runtime.Columns;

namespace ScoreLang.LearningComparison;

/// <summary>
/// Runs one data set: loads it, learns the score file exactly as <c>scorelang learn</c> does (timed: five-fold
/// cross-validation, the final fit and the guards), and fits the ML.NET logistic regression on the very folds the
/// learner used (<see cref="StratifiedFolds"/>, same seed).
/// </summary>
internal static class ComparisonRun
{
    public static ComparisonResult Run(string repository, ComparisonDataSet set, LearnOptions? options = null)
    {
        var clock = Stopwatch.StartNew();
        var (records, badRows) = SampleData.Load(repository, set);
        var loadTime = clock.Elapsed;
        options ??= new LearnOptions();
        options = options with { Exclude = new HashSet<string>(set.Exclude, StringComparer.Ordinal) };
        var outcome = OutcomeOf(records, set.Outcome);

        clock.Restart();
        LearnedScore learned;
        try
        {
            learned = ScorecardLearner.Learn(records, outcome, options);
        }
        catch (LearningException e)
        {
            throw new ComparisonException($"{set.Name}: {e.Message}", e);
        }

        var learnTime = clock.Elapsed;
        var rows = StratifiedFolds.KnownRows(outcome);
        var folds = StratifiedFolds.Assign(rows, outcome, options);
        var input = BaselineInput.From(records, set.Outcome, options.Exclude);
        var baseline = LogisticBaseline.FoldAucs(input, rows, folds, outcome, options.Seed);
        return new ComparisonResult(
            set, learned.Records, learned.Converted, badRows, [.. input.Properties], learned.FoldAucs, [.. baseline],
            loadTime, learnTime, learned.Rules.Length, learned.Warnings);
    }

    /// <summary>The samples' outcomes are bool properties (the CLI also accepts 0/1 numbers; these samples need not).</summary>
    private static Outcome OutcomeOf(RecordBatch records, string name) =>
        records.Column(name) is BoolColumn column
            ? new Outcome(name, [.. Enumerable.Range(0, records.Count).Select(r => column.Known[r])], column.Values)
            : throw new ComparisonException($"The outcome '{name}' of {records.Name} is not a bool property.");
}
