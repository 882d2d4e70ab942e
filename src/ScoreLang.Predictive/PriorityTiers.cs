namespace ScoreLang.Predictive;

/// <summary>
/// Priority in four equal tiers by probability (S30): Very high (the top 25 %), High, Medium and Low, among the records
/// scored in this run, as HubSpot ranks its current contacts. The cut points are the probabilities at the quartile ranks
/// of this population; records with the same probability always share a tier (so with many ties the tiers are only
/// nearly equal), and a higher probability never gets a lower tier.
/// </summary>
internal static class PriorityTiers
{
    /// <summary>The tier code (0 = Very high ... 3 = Low) of each probability.</summary>
    public static int[] Assign(IReadOnlyList<double> probabilities)
    {
        var count = probabilities.Count;
        var tiers = new int[count];
        if (count == 0)
        {
            return tiers;
        }

        var descending = probabilities.OrderDescending().ToArray();
        // The lowest probability of each of the top three quarters: at or above it is that tier or better.
        var cuts = new double[3];
        for (var t = 0; t < 3; t++)
        {
            var rank = (int)Math.Ceiling(count * (t + 1) / 4.0) - 1;
            cuts[t] = descending[Math.Clamp(rank, 0, count - 1)];
        }

        for (var i = 0; i < count; i++)
        {
            var p = probabilities[i];
            tiers[i] = p >= cuts[0] ? 0 : p >= cuts[1] ? 1 : p >= cuts[2] ? 2 : 3;
        }

        return tiers;
    }
}
