using System.Collections.Immutable;
using System.Globalization;
using ScoreLang.Formatting;
using ScoreLang.Runtime;
using ScoreLang.Runtime.Columns;
using ScoreLang.Semantics;

namespace ScoreLang.Learning;

/// <summary>
/// In-file tests for a learned file, from records of the last held-out fold: the first one of the highest band and
/// the first one of the lowest, given with the values of every property the score uses.
/// </summary>
internal static class HeldOutTests
{
    public static ImmutableArray<LearnedTest> Pick(RecordBatch records, Design design, int[] points, ImmutableArray<LearnedBand> bands, int[] heldOut, IEnumerable<string> properties)
    {
        var used = properties.ToList();
        var tests = ImmutableArray.CreateBuilder<LearnedTest>();
        foreach (var band in new[] { bands[0], bands[^1] })
        {
            foreach (var row in heldOut)
            {
                var total = Scorecard.Total(design, points, row);
                if (total < band.From || total > band.To)
                {
                    continue;
                }

                var given = used.Select(p => (p, Literal(records.Column(p), row))).Where(g => g.Item2 is not null).Select(g => (g.p, g.Item2!)).ToImmutableArray();
                tests.Add(new LearnedTest(records.Ids[row], given, total, band.Label));
                break;
            }
        }

        return tests.ToImmutable();
    }

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
            TicksColumn t => new DateTime(t.Values[row], DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            _ => null,
        };
    }
}
