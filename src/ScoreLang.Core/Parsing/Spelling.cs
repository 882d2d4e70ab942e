using ScoreLang.Text;

namespace ScoreLang.Parsing;

/// <summary>"Did you mean" for misspelt keywords: the closest candidate within a small edit distance.</summary>
internal static class Spelling
{
    /// <summary>The candidate nearest to <paramref name="word"/>, if at most 1 edit away (2 for words of 6 letters or more).</summary>
    public static string? Closest(string word, IEnumerable<string> candidates)
    {
        if (word.Length < 3 || word.Length > 40)
        {
            return null;
        }

        var limit = word.Length >= 6 ? 2 : 1;
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (string.Equals(candidate, word, StringComparison.Ordinal) || Math.Abs(candidate.Length - word.Length) > limit)
            {
                continue;
            }

            var distance = EditDistance.Between(word, candidate);
            if (distance <= limit && (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0)))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }
}
