using System.Globalization;
using System.Text;
using ScoreLang.LanguageServer.Hovers;
using ScoreLang.Runtime.Columns;
using ScoreLang.Semantics;

namespace ScoreLang.LanguageServer.Previews;

/// <summary>
/// The sample-data part of a hover (docs/editors.md): for a score, how the sample records fall into its bands; for a
/// property or attribute, its values in the sample; for an event type or record type, how many the sample holds.
/// </summary>
internal static class SampleHover
{
    private const int TopValues = 5;

    /// <summary>A note instead of the preview while the data loads or when it cannot be used.</summary>
    public static string Note(SampleState state) => $"_Sample data: {state.Message}_\n";

    public static string Score(BandDistribution bands, ScoreSymbol score, SampleDataSet sample)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"**Sample data** `{sample.DisplayName}` as of {sample.AsOf:yyyy-MM-dd}: {bands.Records} `{score.RecordTypeName}` records");
        text.Append(bands.Evaluated < bands.Records ? $", the first {bands.Evaluated} scored (time budget)\n" : "\n");
        var scored = bands.Evaluated - bands.NotScored;
        if (bands.Bands.Length > 0)
        {
            text.Append("\n| Band | Records | Share |\n|---|---:|---:|\n");
            foreach (var (label, count) in bands.Bands)
            {
                text.Append(CultureInfo.InvariantCulture, $"| {label} | {count} | {Share(count, bands.Evaluated)} |\n");
            }

            if (bands.WithoutTier > 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"| (no band) | {bands.WithoutTier} | {Share(bands.WithoutTier, bands.Evaluated)} |\n");
            }
        }

        if (bands.NotScored > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nNot scored (filtered out, S20): {bands.NotScored} ({Share(bands.NotScored, bands.Evaluated)}).\n");
        }

        if (scored > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nScores: lowest {ConditionText.Number(bands.Lowest!.Value)}, median {ConditionText.Number(bands.Median!.Value)}, highest {ConditionText.Number(bands.Highest!.Value)}.\n");
        }

        return text.ToString();
    }

    public static string? Property(PropertySymbol property, SampleDataSet sample)
    {
        var data = sample.Result.Data;
        if (data.Records.TryGetValue(property.OwnerName, out var batch) && property.Ordinal >= 0 && property.Ordinal < batch.Columns.Length)
        {
            return Values(batch.Columns[property.Ordinal], sample, $"`{property.OwnerName}` records");
        }

        if (data.Events.TryGetValue(property.OwnerName, out var table))
        {
            if (property.Ordinal < 0)
            {
                // The implicit timestamp.
                return table.Count == 0
                    ? Header(sample, $"no `{property.OwnerName}` events") + "\n"
                    : Header(sample, $"{table.Count} `{property.OwnerName}` events") + $": from {Time(table.Ticks.Min())} to {Time(table.Ticks.Max())}.\n";
            }

            return property.Ordinal < table.Attributes.Length ? Values(table.Attributes[property.Ordinal], sample, $"`{property.OwnerName}` events") : null;
        }

        return null;
    }

    public static string? EventType(EventTypeSymbol eventType, SampleDataSet sample)
    {
        if (!sample.Result.Data.Events.TryGetValue(eventType.Name, out var table))
        {
            return null;
        }

        if (table.Count == 0)
        {
            return Header(sample, $"no `{eventType.Name}` events") + "\n";
        }

        var records = 0;
        for (var row = 0; row + 1 < table.Offsets.Length; row++)
        {
            records += table.Offsets[row + 1] > table.Offsets[row] ? 1 : 0;
        }

        return Header(sample, $"{table.Count} `{eventType.Name}` events")
            + $" on {records} `{eventType.RecordTypeName}` records, from {Time(table.Ticks.Min())} to {Time(table.Ticks.Max())}.\n";
    }

    public static string? Record(RecordTypeSymbol record, SampleDataSet sample)
    {
        if (!sample.Result.Data.Records.TryGetValue(record.Name, out var batch))
        {
            return null;
        }

        var text = new StringBuilder(Header(sample, $"{batch.Count} `{record.Name}` records"));
        if (batch.Lists.Count > 0)
        {
            text.Append("; in lists: ").AppendJoin(", ", batch.Lists.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"`{l.Key}` {l.Value.CountSet()}"));
        }

        return text.Append(".\n").ToString();
    }

    private static string Values(PropertyColumn column, SampleDataSet sample, string what)
    {
        var text = new StringBuilder(Header(sample, $"{column.Length} {what}"));
        var known = new List<object>(column.Length);
        for (var row = 0; row < column.Length; row++)
        {
            if (column.Kind != DataKind.Association && column.GetValue(row) is { } value)
            {
                known.Add(value);
            }
            else if (column is AssociationColumn associations && associations.Rows[row] >= 0)
            {
                known.Add(row);
            }
        }

        text.Append(CultureInfo.InvariantCulture, $", known for {known.Count} ({Share(known.Count, column.Length)})");
        switch (column.Kind)
        {
            case DataKind.Number when known.Count > 0:
                var numbers = known.Cast<double>().Order().ToList();
                text.Append(CultureInfo.InvariantCulture, $": lowest {ConditionText.Number(numbers[0])}, median {ConditionText.Number(numbers[numbers.Count / 2])}, highest {ConditionText.Number(numbers[^1])}");
                break;
            case DataKind.Date or DataKind.DateTime when known.Count > 0:
                var times = known.Cast<DateTime>().ToList();
                text.Append(CultureInfo.InvariantCulture, $": from {Time(times.Min().Ticks)} to {Time(times.Max().Ticks)}");
                break;
            case DataKind.String or DataKind.Enum or DataKind.Bool when known.Count > 0:
                var top = known.GroupBy(v => v is bool b ? (b ? "true" : "false") : Convert.ToString(v, CultureInfo.InvariantCulture) ?? string.Empty, StringComparer.Ordinal)
                    .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
                text.Append(": ").AppendJoin(", ", top.Take(TopValues).Select(g => $"`{Escape(g.Key)}` ×{g.Count()}"));
                if (top.Count > TopValues)
                {
                    var more = top.Count - TopValues;
                    text.Append(CultureInfo.InvariantCulture, $" and {more} more distinct value{(more == 1 ? string.Empty : "s")}");
                }

                break;
        }

        return text.Append(".\n").ToString();
    }

    private static string Header(SampleDataSet sample, string what) => $"**Sample data** `{sample.DisplayName}`: {what}";

    private static string Share(int part, int whole) =>
        whole == 0 ? "—" : (100.0 * part / whole).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    private static string Time(long ticks)
    {
        var time = new DateTime(ticks, DateTimeKind.Utc);
        return time.TimeOfDay == TimeSpan.Zero
            ? time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : time.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
    }

    private static string Escape(string value)
    {
        var single = value.Replace('`', '\'').Replace('\n', ' ').Replace('\r', ' ');
        return single.Length > 40 ? single[..40] + "…" : single;
    }
}
