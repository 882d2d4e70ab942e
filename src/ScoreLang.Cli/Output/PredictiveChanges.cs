using System.Globalization;
using ScoreLang.Runtime.Output;
using ScoreLang.Semantics;

namespace ScoreLang.Cli.Output;

/// <summary>
/// What <c>diff</c> adds for a predictive score (S30, S26): whether the model file changed (its SHA-256 before and
/// after), then how the probabilities moved record by record, largest first. Priority crossings are the tier
/// comparison <see cref="CrossingsReport"/> prints, since the priority is the score's tier.
/// </summary>
internal static class PredictiveChanges
{
    /// <summary>The model line: the same file and hash, or what changed.</summary>
    public static void PrintModel(TextWriter output, PredictiveScoreSymbol before, PredictiveScoreSymbol after)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var path = string.Equals(before.ModelPath, after.ModelPath, StringComparison.Ordinal) ? after.ModelPath : $"{before.ModelPath} -> {after.ModelPath}";
        output.WriteLine(string.Equals(before.ModelHash, after.ModelHash, StringComparison.OrdinalIgnoreCase)
            ? $"  {after.Name}: model {path}, sha256 {after.ModelHash ?? "not stated"} (unchanged)"
            : $"  {after.Name}: model {path} changed: sha256 {before.ModelHash ?? "not stated"} -> {after.ModelHash ?? "not stated"}");
    }

    /// <summary>
    /// How many records' probability changed, by how much on average, and the <paramref name="shown"/> largest changes
    /// with their priority before and after. A record with no probability on one side ("Closed won" or not scored) is
    /// not a probability change: the priority crossings count it.
    /// </summary>
    public static void PrintProbabilities(TextWriter output, ScoreColumns before, ScoreColumns after, string[] recordIds, int shown)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(recordIds);
        var changes = new List<(int Row, double From, double To)>();
        var compared = 0;
        for (var row = 0; row < after.Count; row++)
        {
            if (before.ValueOf(row) is not { } from || after.ValueOf(row) is not { } to)
            {
                continue;
            }

            compared++;
            if (from != to)
            {
                changes.Add((row, from, to));
            }
        }

        var mean = changes.Count == 0 ? 0 : changes.Average(c => c.To - c.From);
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"    probability: {changes.Count} of {compared} records with one before and after changed (mean change {mean:+0.##;-0.##;0} points, {changes.Count(c => c.To > c.From)} up, {changes.Count(c => c.To < c.From)} down)"));
        foreach (var (row, from, to) in changes.OrderByDescending(c => Math.Abs(c.To - c.From)).ThenBy(c => recordIds[c.Row], StringComparer.Ordinal).Take(shown))
        {
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"    {recordIds[row]}: {from:0.##} ({before.TierOf(row)}) -> {to:0.##} ({after.TierOf(row)}), {to - from:+0.##;-0.##}"));
        }

        if (changes.Count > shown)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    ... and {changes.Count - shown} more"));
        }
    }
}
