namespace ScoreLang.Learning;

/// <summary>
/// The area under the ROC curve from ranks (the Mann-Whitney U statistic): the chance that a record with the outcome
/// scores higher than one without, ties counting one half. Exact for any number of ties; O(n log n).
/// </summary>
public static class RankAuc
{
    /// <summary>The AUC of <paramref name="scores"/> for <paramref name="positive"/>; NaN when one class is empty.</summary>
    public static double Compute(ReadOnlySpan<double> scores, ReadOnlySpan<bool> positive)
    {
        if (scores.Length != positive.Length)
        {
            throw new ArgumentException("Every score needs an outcome.", nameof(positive));
        }

        var order = new int[scores.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var keys = scores.ToArray();
        Array.Sort(keys, order);
        double positiveRanks = 0;
        long positives = 0;
        for (var start = 0; start < keys.Length;)
        {
            var end = start;
            while (end + 1 < keys.Length && keys[end + 1] == keys[start])
            {
                end++;
            }

            // Tied scores share the mean of the ranks they span (ranks are 1-based).
            var rank = ((start + 1) + (end + 1)) / 2.0;
            for (var i = start; i <= end; i++)
            {
                if (positive[order[i]])
                {
                    positiveRanks += rank;
                    positives++;
                }
            }

            start = end + 1;
        }

        long negatives = scores.Length - positives;
        if (positives == 0 || negatives == 0)
        {
            return double.NaN;
        }

        return (positiveRanks - (positives * (positives + 1) / 2.0)) / ((double)positives * negatives);
    }
}
