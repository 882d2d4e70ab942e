using System.Globalization;
using ScoreLang.Cli.Generation;
using ScoreLang.Cli.Infrastructure;
using ScoreLang.Runtime;
using ScoreLang.Runtime.Output;

namespace ScoreLang.Cli.Output;

/// <summary>
/// Writes a run's results as CSV, atomically: one row per record of every record type that has a score —
/// <c>record_type</c>, <c>id</c>, then for each score its output properties (score, tier; engagement and fit for combined
/// scores) and its group subtotals (<c>score.group</c>). An unscored record (S20) has empty cells, not 0; cells of
/// scores of another record type are empty too.
/// </summary>
internal static class ScoreCsvWriter
{
    public static void Write(string path, ScoringData data, ScoringOutput output) =>
        AtomicFile.Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true);
            var csv = new CsvRowWriter(writer);
            var columns = output.Scores;
            csv.WriteRow(["record_type", "id", .. columns.SelectMany(Headers)]);
            foreach (var recordType in columns.Select(c => c.RecordTypeName).Distinct(StringComparer.Ordinal))
            {
                var batch = data.RecordsOf(recordType);
                for (var row = 0; row < batch.Count; row++)
                {
                    var fields = new List<string?> { recordType, batch.Ids[row] };
                    foreach (var score in columns)
                    {
                        fields.AddRange(score.RecordTypeName == recordType ? Cells(score, row) : Enumerable.Repeat<string?>(null, Headers(score).Count()));
                    }

                    csv.WriteRow(fields);
                }
            }
        });

    private static IEnumerable<string> Headers(ScoreColumns score)
    {
        var names = score.OutputNames;
        yield return names.Score;
        if (names.Engagement is not null)
        {
            yield return names.Engagement;
        }

        if (names.Fit is not null)
        {
            yield return names.Fit;
        }

        yield return names.Tier;
        foreach (var group in score.Score.Groups)
        {
            yield return $"{score.Name}.{group.Name}";
        }
    }

    private static IEnumerable<string?> Cells(ScoreColumns score, int row)
    {
        yield return Number(score.ValueOf(row));
        if (score.OutputNames.Engagement is not null)
        {
            yield return Number(score.EngagementOf(row));
        }

        if (score.OutputNames.Fit is not null)
        {
            yield return Number(score.FitOf(row));
        }

        yield return score.TierOf(row);
        for (var g = 0; g < score.Score.Groups.Length; g++)
        {
            yield return Number(score.GroupOf(row, g));
        }
    }

    /// <summary>Values rounded to 6 decimals: decay makes long fractions that carry no meaning.</summary>
    private static string? Number(double? value) =>
        value is null ? null : Math.Round(value.Value, 6).ToString("R", CultureInfo.InvariantCulture);
}
