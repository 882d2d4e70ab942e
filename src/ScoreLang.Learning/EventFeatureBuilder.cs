using System.Globalization;
using ScoreLang.Runtime;

namespace ScoreLang.Learning;

/// <summary>
/// Engagement candidates from the events of each event type recorded on the record type (S5, S10), counted as of
/// each record's own evaluation moment (the start-stage moment of a stage outcome, else the as-of date): how many
/// there were (none, then ranges cut at the quantiles of the records that have any) and whether there was one in
/// the last 30 and the last 90 days. Each is written as an ordinary event rule, exactly as the runtime counts it
/// (<c>within last D</c> is as-of − D ≤ timestamp ≤ as-of; <c>count a..b</c> is inclusive). "No such event" is each
/// candidate's reference: it gets no rule, and the others get points relative to it, negative where doing it lowers
/// the chance to convert (S9: an unsubscribe, a bounce).
/// </summary>
internal static class EventFeatureBuilder
{
    private static readonly int[] WindowDays = [30, 90];

    public static IReadOnlyList<IReadOnlyList<CandidateRule>> Build(ScoringData data, string recordType, long[] moments, IReadOnlySet<string> leftOut, int minimumSupport)
    {
        var features = new List<IReadOnlyList<CandidateRule>>();
        foreach (var table in data.Events.Values.Where(t => t.RecordTypeName == recordType && !leftOut.Contains(t.Name)).OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            features.Add(Counts(table, moments));
            foreach (var days in WindowDays)
            {
                features.Add(Recent(table, moments, days));
            }
        }

        // A candidate needs its reference and at least one other bin with enough records on each side.
        return [.. features.Select(bins => (IReadOnlyList<CandidateRule>)[.. bins.Where(b => b.Support > 0)])
            .Where(bins => bins.Count(b => b.Support >= minimumSupport) >= 2 && bins[0].IsReference && bins[0].Support >= minimumSupport)];
    }

    private static List<CandidateRule> Counts(EventTable table, long[] moments)
    {
        var counts = CountAll(table, moments, windowDays: null);
        var positive = counts.Where(c => c > 0).Order().ToArray();
        var bins = new List<CandidateRule> { Bin(table.Name, "count 0", counts, c => c == 0, reference: true) };
        if (positive.Length == 0)
        {
            return bins;
        }

        // Cut points at the thirds of the records that have any, so each range holds about as many records.
        var cuts = new[] { positive[positive.Length / 3], positive[2 * positive.Length / 3] }.Where(c => c > 1).Distinct().ToList();
        var lower = 1;
        foreach (var cut in cuts.Append(int.MaxValue))
        {
            var (from, to) = (lower, cut == int.MaxValue ? (int?)null : cut - 1);
            if (to is { } t && t < from)
            {
                continue;
            }

            bins.Add(Bin(table.Name, CountClause(from, to), counts, c => c >= from && (to is null || c <= to)) with { Counts = (from, to) });
            lower = cut;
        }

        return bins;
    }

    private static List<CandidateRule> Recent(EventTable table, long[] moments, int days)
    {
        var counts = CountAll(table, moments, days);
        var window = string.Create(CultureInfo.InvariantCulture, $"within last {days} days");
        return
        [
            Bin(table.Name, $"count 0 {window}", counts, c => c == 0, reference: true),
            Bin(table.Name, $"{window} once", counts, c => c > 0),
        ];
    }

    /// <summary>An inclusive range of counts as a rule clause: <c>count 2..4</c>, <c>count 1</c>, <c>count 5..</c>.</summary>
    public static string CountClause(int from, int? to) => to is null ? string.Create(CultureInfo.InvariantCulture, $"count {from}..")
        : to == from ? string.Create(CultureInfo.InvariantCulture, $"count {from}")
        : string.Create(CultureInfo.InvariantCulture, $"count {from}..{to}");

    /// <summary>Per row, the events up to its moment (and, with a window, no older than the window before it).</summary>
    private static int[] CountAll(EventTable table, long[] moments, int? windowDays)
    {
        var counts = new int[moments.Length];
        for (var row = 0; row < moments.Length; row++)
        {
            var moment = moments[row];
            var from = windowDays is { } days ? new DateTime(moment, DateTimeKind.Utc).AddDays(-days).Ticks : long.MinValue;
            for (var e = table.Offsets[row]; e < table.Offsets[row + 1]; e++)
            {
                if (table.Ticks[e] >= from && table.Ticks[e] <= moment)
                {
                    counts[row]++;
                }
            }
        }

        return counts;
    }

    private static CandidateRule Bin(string eventType, string clause, int[] counts, Func<int, bool> holds, bool reference = false) =>
        new(eventType, $"event {eventType} {clause}", [.. counts.Select(holds)]) { IsEvent = true, IsReference = reference };
}
