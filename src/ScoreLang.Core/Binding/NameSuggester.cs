using ScoreLang.Text;

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

            var distance = EditDistance.Between(name.ToLowerInvariant(), candidate.ToLowerInvariant());
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
