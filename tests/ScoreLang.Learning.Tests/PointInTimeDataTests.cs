using System.Globalization;
using CsCheck;
using ScoreLang.Learning.Stages;
using ScoreLang.Runtime;
using ScoreLang.Runtime.Building;
using Xunit;

namespace ScoreLang.Learning.Tests;

/// <summary>
/// The point-in-time copy behind stage outcomes (S29): whatever happens after a record's start-stage moment (events,
/// dates) leaves its copy unchanged, and whatever happened up to it is kept.
/// </summary>
public sealed class PointInTimeDataTests
{
    private static readonly DateTime Start = StageOutcomeTests.D(2024, 1, 1);

    [Fact]
    public void LaterEventsAndDates_NeverReachTheCopy_S29()
    {
        // A lead: its moment (day), the days of its page views up to it, its demo day (if any, up to it), and what happens
        // later: page views and a demo after the moment.
        var lead = Gen.Select(Gen.Int[0, 90], Gen.Int[0, 100].Array[0, 4], Gen.Int[1, 60].Array[0, 4], Gen.Bool, Gen.Int[1, 60]);
        lead.Array[1, 12].Sample(leads =>
        {
            var moments = leads.Select(l => Start.AddDays(l.Item1).Ticks).ToArray();
            var before = Build(leads, withLater: false);
            var after = Build(leads, withLater: true);

            var copyBefore = PointInTimeData.Build(before, "lead", moments);
            var copyAfter = PointInTimeData.Build(after, "lead", moments);

            for (var row = 0; row < leads.Length; row++)
            {
                Assert.Equal(Describe(copyBefore, row), Describe(copyAfter, row));
            }

            // The copy keeps what happened up to the moment: the events of the data without later ones.
            Assert.Equal(before.EventCount, copyBefore.EventCount);
        });
    }

    [Fact]
    public void DateAfterTheMoment_IsUnknown_AndOneOnTheMomentIsKept()
    {
        var (demo, won) = (Start.AddDays(10), Start.AddDays(11));
        var builder = new ScoringDataBuilder(StageOutcomeTests.LeadSchema());
        var records = builder.Records("lead");
        foreach (var id in new[] { "a", "b" })
        {
            var row = records.Add(id);
            records.SetValue(row, records.RecordType.FindProperty("demo_at")!.Ordinal, demo);
            records.SetValue(row, records.RecordType.FindProperty("won_at")!.Ordinal, won);
        }

        var copy = PointInTimeData.Build(builder.Build(), "lead", [demo.Ticks, Start.Ticks]);

        Assert.Equal(demo, copy.RecordsOf("lead").Column("demo_at").GetValue(0));
        Assert.Null(copy.RecordsOf("lead").Column("won_at").GetValue(0));
        Assert.Null(copy.RecordsOf("lead").Column("demo_at").GetValue(1));
        Assert.Equal(new[] { "a", "b" }, copy.RecordsOf("lead").Ids);
    }

    private static ScoringData Build((int Moment, int[] Views, int[] Later, bool Demo, int DemoDay)[] leads, bool withLater)
    {
        var builder = new ScoringDataBuilder(StageOutcomeTests.LeadSchema());
        var records = builder.Records("lead");
        var demoAt = records.RecordType.FindProperty("demo_at")!.Ordinal;
        for (var i = 0; i < leads.Length; i++)
        {
            var (moment, views, later, demo, demoDay) = leads[i];
            var id = "l" + i.ToString(CultureInfo.InvariantCulture);
            var row = records.Add(id);
            builder.Events("mql").Add(id, Start.AddDays(moment));
            foreach (var day in views.Where(d => d <= moment))
            {
                builder.Events("page_viewed").Add(id, Start.AddDays(day));
            }

            if (demo && demoDay <= moment)
            {
                records.SetValue(row, demoAt, Start.AddDays(demoDay));
            }
            else if (withLater && demo)
            {
                // A demo that happened after the moment: known in today's data, not yet at the moment.
                records.SetValue(row, demoAt, Start.AddDays(moment + demoDay));
            }

            if (withLater)
            {
                foreach (var day in later)
                {
                    builder.Events("page_viewed").Add(id, Start.AddDays(moment + day));
                    builder.Events("won").Add(id, Start.AddDays(moment + day).AddHours(1));
                }
            }
        }

        return builder.Build();
    }

    /// <summary>A row's properties and events as text, to compare two copies.</summary>
    private static string Describe(ScoringData data, int row)
    {
        var record = RecordDataExtractor.Extract(data, "lead", row);
        var properties = record.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key}={p.Value}"));
        var events = record.Events.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Type}@{e.Timestamp:O}"));
        return string.Join(";", properties.Concat(events));
    }
}
