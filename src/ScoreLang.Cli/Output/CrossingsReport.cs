using System.Globalization;
using ScoreLang.Runtime.Comparison;

namespace ScoreLang.Cli.Output;

/// <summary>
/// Prints which records changed tier: after <c>run --previous</c> (S25, "who crossed a threshold since the last run")
/// and for <c>diff</c> (S26, the impact of a definition change): a count per score and direction, the band matrix, and
/// the first changed records.
/// </summary>
internal static class CrossingsReport
{
    public const int DefaultShown = 10;

    public static void Print(TextWriter output, string previousPath, IReadOnlyList<TierComparisonResult> comparisons, int shown = DefaultShown)
    {
        output.WriteLine($"Since {previousPath}:");
        foreach (var comparison in comparisons)
        {
            PrintOne(output, comparison, shown, "crossed a threshold", "--crossings");
        }
    }

    public static void PrintOne(TextWriter output, TierComparisonResult comparison, int shown, string verb, string fileOption)
    {
        var moves = comparison.Transitions;
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  {comparison.ScoreName}: {moves.Count} of {comparison.RecordCount} records {verb} ({comparison.CountOf(TierDirection.Up)} up, {comparison.CountOf(TierDirection.Down)} down, {comparison.CountOf(TierDirection.New)} new, {comparison.CountOf(TierDirection.Moved)} moved by a changed band)"));
        if (moves.Count == 0)
        {
            return;
        }

        BandMatrixPrinter.Print(output, comparison.Matrix, "    ");
        // Records that really moved come before records that are merely new since then.
        foreach (var move in moves.OrderBy(m => m.Direction == TierDirection.New ? 1 : 0).Take(shown))
        {
            var from = move.Direction == TierDirection.New ? "not there before" : Describe(move.FromValue, move.FromTier);
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"    {move.DirectionText,-5} {move.RecordId}: {from} -> {Describe(move.ToValue, move.ToTier)}"));
        }

        if (moves.Count > shown)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    ... and {moves.Count - shown} more (write them all with {fileOption} FILE.csv)"));
        }
    }

    private static string Describe(double? value, string? tier) =>
        value is { } v
            ? string.Create(CultureInfo.InvariantCulture, $"{Math.Round(v, 2):0.##} ({tier ?? "no tier"})")
            : "unscored";
}
