using System.Collections.Immutable;
using System.Globalization;
using ScoreLang.Formatting;
using ScoreLang.Runtime;
using ScoreLang.Runtime.Columns;
using ScoreLang.Semantics;

namespace ScoreLang.Learning;

/// <summary>
/// In-file tests for a learned file, from records of the last held-out fold: the first one of the highest band and
/// the first one of the lowest, given with the values of every property the score uses; with event rules also its
/// evaluation moment and its events of the types the score uses up to then (records with more than a dozen are
/// passed over, so that a test stays readable).
/// </summary>
internal static class HeldOutTests
{
    private const int MostEvents = 12;

    public static ImmutableArray<LearnedTest> Pick(RecordBatch records, Design design, int[] points, ImmutableArray<LearnedBand> bands, int[] heldOut, IEnumerable<string> properties, EventHistory? history = null)
    {
        var used = properties.ToList();
        var eventTypes = design.Bins.Where(b => b.IsEvent).Select(b => b.Property).Distinct().Order(StringComparer.Ordinal).ToList();
        var tests = ImmutableArray.CreateBuilder<LearnedTest>();
        foreach (var band in new[] { bands[0], bands[^1] })
        {
            foreach (var row in heldOut)
            {
                var total = Scorecard.Total(design, points, row, bands[0].To);
                if (total < band.From || total > band.To)
                {
                    continue;
                }

                var events = history is null || eventTypes.Count == 0 ? [] : Events(history, eventTypes, row);
                if (events.Sum(e => e.Times) > MostEvents)
                {
                    continue;
                }

                var given = used.Select(p => (p, Literal(records.Column(p), row))).Where(g => g.Item2 is not null).Select(g => (g.p, g.Item2!)).ToImmutableArray();
                tests.Add(new LearnedTest(records.Ids[row], given, total, band.Label)
                {
                    AsOf = history is null || eventTypes.Count == 0 ? null : Time(history.Moments[row]),
                    Events = events,
                });
                break;
            }
        }

        return tests.ToImmutable();
    }

    /// <summary>The record's events of the given types up to its moment, equal times together (<c>event t x2 at ...</c>).</summary>
    private static ImmutableArray<(string Type, string At, int Times)> Events(EventHistory history, List<string> types, int row)
    {
        var events = new List<(string Type, string At, int Times)>();
        foreach (var type in types)
        {
            var table = history.Data.EventsOf(type);
            foreach (var same in Enumerable.Range(table.Offsets[row], table.Offsets[row + 1] - table.Offsets[row])
                .Select(e => table.Ticks[e]).Where(t => t <= history.Moments[row]).GroupBy(t => t))
            {
                events.Add((type, Time(same.Key), same.Count()));
            }
        }

        return [.. events];
    }

    private static string Time(long ticks) => new DateTime(ticks, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string? Literal(PropertyColumn column, int row)
    {
        if (!column.Known[row])
        {
            return null;
        }

        return column switch
        {
            BoolColumn b => b.Values[row] ? "true" : "false",
            NumberColumn n => n.Values[row].ToString("R", CultureInfo.InvariantCulture),
            EnumColumn e => e.Members[e.Codes[row]],
            StringColumn s => LiteralText.String(s.Values[row]!),
            TicksColumn t when t.Kind == DataKind.Date => new DateTime(t.Values[row], DateTimeKind.Utc).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            TicksColumn t => Time(t.Values[row]),
            _ => null,
        };
    }
}

/// <summary>The data events are read from and each record's evaluation moment (UTC ticks), for tests with events.</summary>
internal sealed record EventHistory(ScoringData Data, long[] Moments);
