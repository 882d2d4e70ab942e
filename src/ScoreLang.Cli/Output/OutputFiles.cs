using ScoreLang.Cli.Generation;
using ScoreLang.Cli.Infrastructure;
using ScoreLang.Data;
using ScoreLang.Data.Writing;
using ScoreLang.Runtime;
using ScoreLang.Runtime.Comparison;
using ScoreLang.Runtime.Output;

namespace ScoreLang.Cli.Output;

/// <summary>
/// The files the data commands write, always atomically (a failed run leaves any older file untouched), with write
/// failures turned into one clear line for the user.
/// </summary>
internal static class OutputFiles
{
    /// <summary>Scores of a run, in the format of the path's extension (.csv, .jsonl, .parquet).</summary>
    public static void WriteScores(string path, ScoringData data, ScoringOutput results) =>
        Guard(() => ScoreOutputWriter.Write(path, data, results));

    /// <summary>
    /// Records whose tier changed (S25 crossings, S26 impact), one row each:
    /// <c>score,id,direction,from_score,from_tier,to_score,to_tier</c>; an empty cell is "unscored" or "no tier".
    /// </summary>
    public static void WriteTransitions(string path, IEnumerable<TierComparisonResult> comparisons)
    {
        if (!path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            throw new UserErrorException($"'{path}': the list of changed records is written as CSV; name it with .csv.");
        }

        Guard(() => AtomicFile.Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true);
            var csv = new CsvRowWriter(writer);
            csv.WriteRow(["score", "id", "direction", "from_score", "from_tier", "to_score", "to_tier"]);
            foreach (var t in comparisons.SelectMany(c => c.Transitions))
            {
                csv.WriteRow([t.ScoreName, t.RecordId, t.DirectionText, Format(t.FromValue), t.FromTier, Format(t.ToValue), t.ToTier]);
            }
        }));
    }

    private static string? Format(double? value) => value is { } v ? CsvRowWriter.Format(v) : null;

    private static void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (ArgumentException e)
        {
            throw new UserErrorException(e.Message, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserErrorException(e.Message, e);
        }
    }
}
