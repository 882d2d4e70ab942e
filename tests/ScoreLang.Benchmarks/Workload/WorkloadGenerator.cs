using System.Globalization;
using ScoreLang.Data.Synthetic;
using ScoreLang.Runtime;
using ScoreLang.Runtime.Building;
using ScoreLang.Semantics;

namespace ScoreLang.Benchmarks.Workload;

/// <summary>
/// Builds the benchmark data set directly in memory through <see cref="ScoringDataBuilder"/> (no CSV in between): the
/// same seed and size always give the same data. Property and attribute values come from the <see cref="ValueSampler"/>
/// that <c>scorelang generate</c> uses, so titles, countries, pages and forms look like CRM data and the rules match.
/// Event times are whole seconds, so every contender (DuckDB keeps microseconds) sees exactly the same instants.
/// </summary>
internal static class WorkloadGenerator
{
    public const int Seed = 20_261_128;

    // Common first: ValueSampler.Skewed picks low indexes more often (page views are common, meetings rare).
    private static readonly string[] EventTypes =
        ["page_viewed", "email_opened", "email_clicked", "form_submitted", "meeting_booked", "meeting_completed"];

    // The sampler's campaign names never mention a season; the engagement model looks for "spring".
    private static readonly string[] Campaigns = ["Spring launch", "Newsletter", "Product update", "spring-webinar", "Black Friday"];

    public static ScoringData Build(WorkloadSize size, DateTime asOf)
    {
        var random = new Random(Seed);
        var start = asOf.AddYears(-1);
        var sampler = new ValueSampler(random, start, asOf);
        var schema = BenchmarkModel.Schema;
        var builder = new ScoringDataBuilder(schema);

        var companyIds = Ids("company", size.Companies);
        var contactIds = Ids("contact", size.Contacts);
        AddRecords(builder, schema.Records["company"], companyIds, sampler, random, companyIds);
        AddRecords(builder, schema.Records["contact"], contactIds, sampler, random, companyIds);
        AddEvents(builder, schema, contactIds, size.EventsPerContact, sampler, random);

        foreach (var list in new[] { "employees", "competitors" })
        {
            foreach (var id in contactIds)
            {
                if (random.Next(50) == 0)
                {
                    builder.AddListMember(list, id);
                }
            }
        }

        return builder.Build();
    }

    private static string[] Ids(string prefix, int count) =>
        [.. Enumerable.Range(1, count).Select(i => string.Create(CultureInfo.InvariantCulture, $"{prefix}-{i}"))];

    private static void AddRecords(
        ScoringDataBuilder builder, RecordTypeSymbol type, string[] ids, ValueSampler sampler, Random random, string[] companyIds)
    {
        var records = builder.Records(type.Name);
        for (var row = 0; row < ids.Length; row++)
        {
            var handle = records.Add(ids[row]);
            foreach (var property in type.Properties)
            {
                if (property.Type.Kind == DataKind.Association)
                {
                    // One contact in twenty has no company (S3: its company's properties are unknown).
                    if (random.Next(20) != 0)
                    {
                        records.SetAssociation(handle, property.Ordinal, companyIds[sampler.Skewed(companyIds.Length)]);
                    }
                }
                else
                {
                    records.SetValue(handle, property.Ordinal, WholeSeconds(sampler.Sample(property, row)));
                }
            }
        }
    }

    private static void AddEvents(
        ScoringDataBuilder builder, SchemaModel schema, string[] contactIds, double perContact, ValueSampler sampler, Random random)
    {
        var tables = EventTypes.Select(builder.Events).ToArray();
        var types = EventTypes.Select(name => schema.Events[name]).ToArray();
        foreach (var contactId in contactIds)
        {
            var count = (int)Math.Round(perContact * 2 * random.NextDouble());
            for (var i = 0; i < count; i++)
            {
                var t = sampler.Skewed(types.Length);
                var evt = tables[t].Add(contactId, WholeSeconds(sampler.Date()));
                foreach (var attribute in types[t].Attributes)
                {
                    object? value = attribute.Name == "campaign"
                        ? Campaigns[sampler.Skewed(Campaigns.Length)]
                        : sampler.Sample(attribute, i);
                    tables[t].SetValue(evt, attribute.Ordinal, value);
                }
            }
        }
    }

    private static object? WholeSeconds(object? value) => value is DateTime time ? WholeSeconds(time) : value;

    private static DateTime WholeSeconds(DateTime time) =>
        new(time.Ticks - (time.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
}
