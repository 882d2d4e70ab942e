using System.Globalization;
using ScoreLang.Data.Synthetic;
using ScoreLang.Data.Writing;
using ScoreLang.Semantics;

namespace ScoreLang.Cli.Generation;

/// <summary>Options of <c>scorelang generate</c>.</summary>
internal sealed record GenerationOptions(int Records, double EventsPerRecord, int Seed, DateTime Start, DateTime End);

/// <summary>
/// Writes a deterministic synthetic data set for any schema in the layout of docs/data-format.md: one file per record
/// type, <c>events.csv</c> and <c>lists.csv</c>. Record types that other types associate to (companies) get a tenth as
/// many records; events and static lists are generated for the record types that have them. The same schema, options
/// and seed always give byte-identical files, so samples and benchmarks are reproducible.
/// </summary>
internal sealed class SyntheticDataGenerator(SchemaModel schema, GenerationOptions options)
{
    private readonly Random _random = new(options.Seed);

    public GenerationSummary WriteTo(string directory)
    {
        var ids = PlanRecordIds();
        var summary = new GenerationSummary();
        var sampler = new ValueSampler(_random, options.Start, options.End);
        foreach (var record in schema.Records.Values.OrderBy(r => r.Name, StringComparer.Ordinal))
        {
            WriteCsv(Path.Combine(directory, record.Name + ".csv"), csv => WriteRecords(csv, record, ids, sampler));
            summary.Records += ids[record.Name].Length;
        }

        WriteCsv(Path.Combine(directory, "events.csv"), csv => summary.Events = WriteEvents(csv, ids, sampler));
        WriteCsv(Path.Combine(directory, "lists.csv"), csv => summary.ListMemberships = WriteLists(csv, ids));
        return summary;
    }

    /// <summary>Streams rows to a file written atomically (millions of events never sit in memory as text).</summary>
    private static void WriteCsv(string path, Action<CsvRowWriter> write) =>
        AtomicFile.Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true);
            write(new CsvRowWriter(writer));
        });

    private Dictionary<string, string[]> PlanRecordIds()
    {
        var targets = schema.Records.Values
            .SelectMany(r => r.Properties)
            .Where(p => p.Type.Kind == DataKind.Association)
            .Select(p => p.Type.TargetRecordType!)
            .ToHashSet(StringComparer.Ordinal);
        return schema.Records.Keys.ToDictionary(
            name => name,
            name =>
            {
                var count = targets.Contains(name) ? Math.Max(1, options.Records / 10) : options.Records;
                return Enumerable.Range(1, count).Select(i => string.Create(CultureInfo.InvariantCulture, $"{name}-{i}")).ToArray();
            },
            StringComparer.Ordinal);
    }

    private void WriteRecords(CsvRowWriter csv, RecordTypeSymbol record, Dictionary<string, string[]> ids, ValueSampler sampler)
    {
        csv.WriteRow(["id", .. record.Properties.Select(p => p.Name)]);
        var rowIds = ids[record.Name];
        for (var row = 0; row < rowIds.Length; row++)
        {
            var fields = new List<string?>(record.Properties.Length + 1) { rowIds[row] };
            foreach (var property in record.Properties)
            {
                fields.Add(property.Type.Kind == DataKind.Association
                    ? Pick(ids[property.Type.TargetRecordType!], sampler)
                    : FormatValue(sampler.Sample(property, row), property.Type));
            }

            csv.WriteRow(fields);
        }
    }

    private long WriteEvents(CsvRowWriter csv, Dictionary<string, string[]> ids, ValueSampler sampler)
    {
        var eventTypes = schema.Events.Values.OrderBy(e => e.Name, StringComparer.Ordinal).ToArray();
        var attributes = eventTypes.SelectMany(e => e.Attributes).Select(a => a.Name).Distinct(StringComparer.Ordinal).ToArray();
        csv.WriteRow(["record_id", "type", "timestamp", .. attributes]);
        long count = 0;
        foreach (var group in eventTypes.GroupBy(e => e.RecordTypeName, StringComparer.Ordinal))
        {
            var types = group.ToArray();
            foreach (var recordId in ids.GetValueOrDefault(group.Key, []))
            {
                var n = (int)Math.Round(options.EventsPerRecord * 2 * _random.NextDouble());
                for (var i = 0; i < n; i++)
                {
                    var type = types[sampler.Skewed(types.Length)];
                    var fields = new List<string?> { recordId, type.Name, CsvRowWriter.Format(sampler.Date(), dateOnly: false) };
                    foreach (var attribute in attributes)
                    {
                        var symbol = type.FindAttribute(attribute);
                        fields.Add(symbol is null ? null : FormatValue(sampler.Sample(symbol, i), symbol.Type));
                    }

                    csv.WriteRow(fields);
                    count++;
                }
            }
        }

        return count;
    }

    private long WriteLists(CsvRowWriter csv, Dictionary<string, string[]> ids)
    {
        csv.WriteRow(["list", "record_id"]);
        long count = 0;
        foreach (var list in schema.Lists.Values.Where(l => l.IsStatic).OrderBy(l => l.Name, StringComparer.Ordinal))
        {
            foreach (var recordId in ids.GetValueOrDefault(list.RecordTypeName, []))
            {
                if (_random.Next(50) == 0)
                {
                    csv.WriteRow([list.Name, recordId]);
                    count++;
                }
            }
        }

        return count;
    }

    private string? Pick(string[] candidates, ValueSampler sampler) =>
        candidates.Length == 0 || _random.Next(20) == 0 ? null : candidates[sampler.Skewed(candidates.Length)];

    private static string? FormatValue(object? value, Semantics.ValueType type) => value switch
    {
        null => null,
        double number => CsvRowWriter.Format(number),
        bool flag => flag ? "true" : "false",
        DateTime time => CsvRowWriter.Format(time, dateOnly: type.Kind == DataKind.Date),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}

/// <summary>What <see cref="SyntheticDataGenerator"/> wrote.</summary>
internal sealed class GenerationSummary
{
    public long Records { get; set; }

    public long Events { get; set; }

    public long ListMemberships { get; set; }
}
