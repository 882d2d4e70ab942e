namespace ScoreLang.Binding;

/// <summary>
/// "Did you mean ...?" for unknown names: the closest candidate by Damerau-Levenshtein distance (optimal string
/// alignment, case-insensitive), accepted when the distance is at most 2 or at most a third of the name's length.
/// A misspelled name must never silently evaluate to false, so every unknown name goes through here.
/// </summary>
internal static class NameSuggester
{
    public static string? Suggest(string name, IEnumerable<string> candidates)
    {
        if (name.Length == 0)
        {
            return null;
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        var bestLengthGap = int.MaxValue;
        foreach (var candidate in candidates.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (candidate.Length == 0 || string.Equals(candidate, name, StringComparison.Ordinal))
            {
                continue;
            }

            var distance = Distance(name.ToLowerInvariant(), candidate.ToLowerInvariant());
            // Ties go to the candidate closest in length ("dayz" -> "days", not "day"), then to the first in order.
            var lengthGap = Math.Abs(candidate.Length - name.Length);
            if ((distance < bestDistance || (distance == bestDistance && lengthGap < bestLengthGap)) && IsCloseEnough(name, candidate, distance))
            {
                best = candidate;
                bestDistance = distance;
                bestLengthGap = lengthGap;
            }
        }

        return best;
    }

    /// <summary>The optimal-string-alignment distance: insertions, deletions, substitutions and adjacent swaps.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, d[i - 2, j - 2] + 1);
                }

                d[i, j] = value;
            }
        }

        return d[a.Length, b.Length];
    }

    private static bool IsCloseEnough(string name, string candidate, int distance)
    {
        // Very short names are close to everything; do not suggest a name that shares almost nothing with the input.
        if (distance >= Math.Max(name.Length, candidate.Length))
        {
            return false;
        }

        return distance <= 2 || distance <= name.Length / 3;
    }
}
