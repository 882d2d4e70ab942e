namespace ScoreLang.Learning;

/// <summary>
/// The bins of every property, numbered, and for each record the bins it falls in (one per property) with their values
/// (1 for a bin, the amount of a decayed event rule).
/// </summary>
internal sealed class Design
{
    private Design(IReadOnlyList<CandidateRule> bins, IReadOnlyList<int[]> binsOfProperty, int[][] active, double[][] amounts)
    {
        Bins = bins;
        BinsOfProperty = binsOfProperty;
        Active = active;
        Amounts = amounts;
    }

    public IReadOnlyList<CandidateRule> Bins { get; }

    /// <summary>For each property, the numbers of its bins.</summary>
    public IReadOnlyList<int[]> BinsOfProperty { get; }

    /// <summary>For each record row, the bins it falls in.</summary>
    public int[][] Active { get; }

    /// <summary>For each record row, the value of each of its <see cref="Active"/> bins: 1, or a decayed rule's amount.</summary>
    public double[][] Amounts { get; }

    public static Design From(IReadOnlyList<IReadOnlyList<CandidateRule>> features, int recordCount)
    {
        var bins = features.SelectMany(f => f).ToList();
        var ofProperty = new List<int[]>();
        var next = 0;
        foreach (var feature in features)
        {
            ofProperty.Add([.. Enumerable.Range(next, feature.Count)]);
            next += feature.Count;
        }

        var active = new int[recordCount][];
        var amounts = new double[recordCount][];
        for (var row = 0; row < recordCount; row++)
        {
            active[row] = [.. Enumerable.Range(0, bins.Count).Where(j => bins[j].Holds[row])];
            amounts[row] = [.. active[row].Select(j => bins[j].Amounts?[row] ?? 1.0)];
        }

        return new Design(bins, ofProperty, active, amounts);
    }

    public double[] Fit(int[] rows, Outcome outcome) =>
        LogisticFit.Fit([.. rows.Select(r => Active[r])], [.. rows.Select(r => Amounts[r])], [.. rows.Select(r => outcome.Values[r])], Bins.Count);

    public double Predictor(double[] weights, int row) => LogisticFit.Predictor(weights, Active[row], Amounts[row], Bins.Count);
}
