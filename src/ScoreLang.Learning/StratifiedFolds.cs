namespace ScoreLang.Learning;

/// <summary>
/// The cross-validation folds of <see cref="ScorecardLearner"/>, in one place so that anything measured beside the
/// learner (the ML.NET baseline of docs/learned-scores.md) is measured on exactly the same folds: the records with a
/// known outcome, converted and not converted shuffled apart with the seed and dealt in turn, so every fold has the
/// same conversion rate (up to one record).
/// </summary>
internal static class StratifiedFolds
{
    /// <summary>The rows with a known outcome, in order: the records every figure is computed on.</summary>
    public static int[] KnownRows(Outcome outcome) => [.. Enumerable.Range(0, outcome.Count).Where(r => outcome.Known[r])];

    /// <summary>The fold of each of <paramref name="rows"/> (same index), from 0 to <c>options.Folds - 1</c>.</summary>
    public static int[] Assign(int[] rows, Outcome outcome, LearnOptions options)
    {
        var random = new Random(options.Seed);
        var folds = new int[rows.Length];
        foreach (var positive in new[] { true, false })
        {
            var members = Enumerable.Range(0, rows.Length).Where(i => outcome.Values[rows[i]] == positive).ToArray();
            random.Shuffle(members);
            for (var i = 0; i < members.Length; i++)
            {
                folds[members[i]] = i % options.Folds;
            }
        }

        return folds;
    }
}
