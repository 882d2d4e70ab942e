using System.Diagnostics;
using ScoreLang.Learning;
using ScoreLang.Learning.Stages;
using ScoreLang.Runtime;
using ScoreLang.Runtime.Columns;

namespace ScoreLang.LearningComparison;

/// <summary>
/// Runs one data set: loads it, learns the score file exactly as <c>scorelang learn</c> does (timed: five-fold
/// cross-validation, the final fit and the guards), fits the ML.NET logistic regression on the very folds the learner
/// used (<see cref="StratifiedFolds"/>, same seed) and, when asked, measures the predictive score on the same folds
/// (<see cref="PredictiveFolds"/>). A stage-transition outcome is measured as <c>learn</c> measures it: on the
/// point-in-time copy of the data, each record as of its start-stage moment, the stages themselves left out.
/// </summary>
internal static class ComparisonRun
{
    /// <summary>The evaluation date of a bool outcome's records (the tabular samples have no dates or events, so any date gives the same figures).</summary>
    public static readonly DateTime AsOf = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static ComparisonResult Run(string repository, ComparisonDataSet set, LearnOptions? options = null, bool predictive = false)
    {
        var clock = Stopwatch.StartNew();
        var (loaded, badRows) = SampleData.Load(repository, set);
        var loadTime = clock.Elapsed;
        options ??= new LearnOptions();
        var (data, outcome, moments, leftOut) = Prepare(loaded, set);
        options = options with { Exclude = leftOut };
        var records = data.RecordsOf(set.RecordType);

        clock.Restart();
        LearnedScore learned;
        try
        {
            learned = set.Transition is null
                ? ScorecardLearner.Learn(records, outcome, options)
                : ScorecardLearner.Learn(data, set.RecordType, outcome, moments, options);
        }
        catch (LearningException e)
        {
            throw new ComparisonException($"{set.Name}: {e.Message}", e);
        }

        var learnTime = clock.Elapsed;
        var rows = StratifiedFolds.KnownRows(outcome);
        var folds = StratifiedFolds.Assign(rows, outcome, options);
        var baselineLeftOut = new HashSet<string>(leftOut.Append(outcome.Name), StringComparer.Ordinal);
        var input = BaselineInput.From(records, outcome, baselineLeftOut);
        var baseline = LogisticBaseline.Measure(input, rows, folds, outcome, options.Seed);
        PredictiveFigures? figures = null;
        if (predictive)
        {
            clock.Restart();
            var (heldOut, chosen) = PredictiveFolds.Measure(data, set.RecordType, outcome, rows, folds, moments, baselineLeftOut, options.Seed);
            figures = new PredictiveFigures(heldOut, chosen, clock.Elapsed);
        }

        var labels = rows.Select(r => outcome.Values[r]).ToArray();
        return new ComparisonResult(
            set, learned.Records, learned.Converted, badRows, [.. input.Properties], learned.FoldAucs, baseline,
            loadTime, learnTime, learned.Rules.Length, learned.Warnings)
        {
            Predictive = figures,
            Labels = [.. labels],
            OutcomeNotes = outcome.Notes,
        };
    }

    /// <summary>The data to learn from, the outcome, each record's evaluation moment and what is left out, as <c>scorelang learn</c> has them.</summary>
    private static (ScoringData Data, Outcome Outcome, long[] Moments, HashSet<string> LeftOut) Prepare(ScoringData loaded, ComparisonDataSet set)
    {
        var leftOut = new HashSet<string>(set.Exclude, StringComparer.Ordinal);
        if (set.Transition is not { } transition)
        {
            var outcome = OutcomeOf(loaded.RecordsOf(set.RecordType), set.Outcome);
            var moments = new long[outcome.Count];
            Array.Fill(moments, AsOf.Ticks);
            return (loaded, outcome, moments, leftOut);
        }

        try
        {
            // As learn does without --as-of: the time frames end at the data's latest date.
            var stage = StageOutcome.Build(loaded, set.RecordType, transition, asOf: null);
            leftOut.Add(transition.Start);
            leftOut.Add(transition.End);
            return (PointInTimeData.Build(loaded, set.RecordType, stage.ScoringTicks), stage.Outcome, stage.ScoringTicks, leftOut);
        }
        catch (LearningException e)
        {
            throw new ComparisonException($"{set.Name}: {e.Message}", e);
        }
    }

    /// <summary>The samples' bool outcomes are bool properties (the CLI also accepts 0/1 numbers; these samples need not).</summary>
    private static Outcome OutcomeOf(RecordBatch records, string name) =>
        records.Column(name) is BoolColumn column
            ? new Outcome(name, [.. Enumerable.Range(0, records.Count).Select(r => column.Known[r])], column.Values)
            : throw new ComparisonException($"The outcome '{name}' of {records.Name} is not a bool property.");
}
