using System.Globalization;
using ScoreLang.Semantics;

namespace ScoreLang.Sql.Generation;

/// <summary>
/// Thresholds as SQL (S23, S24), band for band as <see cref="ThresholdSet.Classify"/>: a value is in a band when
/// From &lt;= value &lt; To + 1, the first matching band wins, a value in no band has no tier (NULL). A combined score
/// with a set per part gets the fit label followed by the engagement label, NULL when either is missing.
/// </summary>
internal sealed class TierTranslator
{
    private readonly SqlDialect _dialect;

    public TierTranslator(SqlDialect dialect)
    {
        _dialect = dialect;
    }

    /// <summary>The tier of a score from its total and, for a combined score, its parts.</summary>
    public string Tier(ScoreSymbol score, string total, string engagement, string fit)
    {
        if (score.Kind == ScoreKind.Combined)
        {
            var fitSet = score.Thresholds.FirstOrDefault(t => t.Part == ScorePart.Fit);
            var engagementSet = score.Thresholds.FirstOrDefault(t => t.Part == ScorePart.Engagement);
            if (fitSet is not null && engagementSet is not null)
            {
                return _dialect.Concat(Classify(fitSet, fit), Classify(engagementSet, engagement));
            }

            return score.Thresholds.FirstOrDefault(t => t.Part is null) is { } whole ? Classify(whole, total) : NoTier;
        }

        return score.Thresholds.IsEmpty ? NoTier : Classify(score.Thresholds[0], total);
    }

    private static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);

    private string NoTier => $"CAST(NULL AS {_dialect.TextType})";

    private string Classify(ThresholdSet set, string value)
    {
        if (set.Bands.IsEmpty)
        {
            return NoTier;
        }

        var cases = set.Bands.Select(band =>
        {
            var from = $"{value} >= {Integer(band.From)}";
            // The same int arithmetic as ThresholdSet.Classify, overflow included.
            var upper = band.To is { } to ? $" AND {value} < {Integer(unchecked(to + 1))}" : string.Empty;
            return $"WHEN {from}{upper} THEN {_dialect.StringLiteral(band.Label)}";
        });
        return $"(CASE {string.Join(" ", cases)} END)";
    }
}
