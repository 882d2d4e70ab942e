namespace ScoreLang.Learning;

/// <summary>The bins of every property, numbered, and for each record the bins it falls in (one per property).</summary>
internal sealed class Design
{
    private Design(IReadOnlyList<CandidateRule> bins, IReadOnlyList<int[]> binsOfProperty, int[][] active)
    {
        Bins = bins;
        BinsOfProperty = binsOfProperty;
        Active = active;
    }

    public IReadOnlyList<CandidateRule> Bins { get; }

    /// <summary>For each property, the numbers of its bins.</summary>
    public IReadOnlyList<int[]> BinsOfProperty { get; }

    /// <summary>For each record row, the bins it falls in.</summary>
    public int[][] Active { get; }

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
        for (var row = 0; row < recordCount; row++)
        {
            active[row] = [.. Enumerable.Range(0, bins.Count).Where(j => bins[j].Holds[row])];
        }

        return new Design(bins, ofProperty, active);
    }

    public double[] Fit(int[] rows, Outcome outcome) =>
        LogisticFit.Fit([.. rows.Select(r => Active[r])], [.. rows.Select(r => outcome.Values[r])], Bins.Count);

    public double Predictor(double[] weights, int row) => LogisticFit.Predictor(weights, Active[row], Bins.Count);
}
