using ScoreLang.Runtime;
using ScoreLang.Runtime.Columns;

namespace ScoreLang.Benchmarks.Modes;

/// <summary>
/// The bytes a <see cref="ScoringData"/> holds: every column array, bitmap, offset array and id array, plus each
/// distinct string object once (ids, e-mail addresses; shared category strings count once).
/// </summary>
internal static class ColumnarSize
{
    public static long Of(ScoringData data)
    {
        var strings = new HashSet<string>(ReferenceEqualityComparer.Instance);
        long bytes = 0;
        foreach (var batch in data.Records.Values)
        {
            bytes += Strings(batch.Ids, strings);
            bytes += batch.Lists.Values.Sum(list => list.Words.LongLength * 8);
            bytes += batch.Columns.Sum(column => Column(column, strings));
        }

        foreach (var table in data.Events.Values)
        {
            bytes += (table.Offsets.LongLength * 4) + (table.Ticks.LongLength * 8);
            bytes += table.Attributes.Sum(column => Column(column, strings));
        }

        return bytes;
    }

    private static long Column(PropertyColumn column, HashSet<string> strings) => (column.Known.Words.LongLength * 8) + column switch
    {
        NumberColumn n => n.Values.LongLength * 8,
        TicksColumn t => t.Values.LongLength * 8,
        BoolColumn b => b.Values.LongLength,
        EnumColumn e => e.Codes.LongLength * 4,
        AssociationColumn a => (a.Rows.LongLength * 4) + (a.Reverse.Offsets.LongLength * 4) + (a.Reverse.Rows.LongLength * 4),
        StringColumn s => Strings(s.Values, strings),
        _ => 0,
    };

    private static long Strings(string?[] values, HashSet<string> seen)
    {
        long bytes = values.LongLength * 8;
        foreach (var value in values)
        {
            if (value is not null && seen.Add(value))
            {
                bytes += 22 + (2L * value.Length); // object header, length and characters
            }
        }

        return bytes;
    }
}
