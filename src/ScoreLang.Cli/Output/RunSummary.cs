using System.Globalization;
using ScoreLang.Runtime.Output;

namespace ScoreLang.Cli.Output;

/// <summary>The table printed after a run: per score, records scored and excluded, the mean value, and the count per tier.</summary>
internal static class RunSummary
{
    public static void Print(TextWriter output, ScoringOutput results)
    {
        foreach (var score in results.Scores)
        {
            int scored = 0, valued = 0, noTier = 0;
            double sum = 0;
            var perTier = new long[score.TierLabels.Length];
            for (var row = 0; row < score.Count; row++)
            {
                if (!score.IsScored(row))
                {
                    continue;
                }

                scored++;
                // A "Closed won" record of a predictive score has a tier but no value (S30): it is not in the mean.
                if (score.HasValue(row))
                {
                    valued++;
                    sum += score.Values[row];
                }

                if (score.Tiers[row] >= 0)
                {
                    perTier[score.Tiers[row]]++;
                }
                else
                {
                    noTier++;
                }
            }

            var mean = valued == 0 ? "-" : (sum / valued).ToString("0.##", CultureInfo.InvariantCulture);
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{score.Name} ({score.RecordTypeName}): {score.Count} records, {scored} scored, {score.Count - scored} excluded, mean {mean}"));
            if (score.Count == 0)
            {
                output.WriteLine($"  (the data has no {score.RecordTypeName} records: is its file missing from the data folder or manifest?)");
                continue;
            }

            for (var t = 0; t < perTier.Length; t++)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {score.TierLabels[t],-12} {perTier[t],10}"));
            }

            if (perTier.Length > 0 && noTier > 0)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"(no tier)",-12} {noTier,10}"));
            }
        }
    }
}
