using System.Collections.Immutable;
using ScoreLang.Evaluation;
using ScoreLang.Runtime.Building;
using Xunit;

namespace ScoreLang.Runtime.Tests;

public class RecordDataConverterTests
{
    [Fact]
    public void Convert_KeepsEveryValue_AndSharesAssociatedRecords()
    {
        var acme = RecordData.Create("acme", "company") with
        {
            Properties = RecordData.Create("x", "company").Properties.Add("employees", 250.0),
            Events = [new EventData("site_visited", TestSchema.Day(2), ImmutableDictionary<string, object?>.Empty)],
        };
        var ann = RecordData.Create("ann", "contact") with
        {
            Properties = RecordData.Create("x", "contact").Properties
                .Add("visits", 3.0).Add("stage", "lead").Add("title", "CTO").Add("created", TestSchema.Day(7)).Add("vip", true).Add("title2", null)
                .Remove("title2"),
            Associated = RecordData.Create("x", "contact").Associated.Add("company", acme),
            Lists = RecordData.Create("x", "contact").Lists.Add("partners"),
            Events =
            [
                new EventData("email_opened", TestSchema.Day(9), ImmutableDictionary<string, object?>.Empty.Add("subject", "Hi")),
                new EventData("email_opened", TestSchema.Day(1), ImmutableDictionary<string, object?>.Empty),
            ],
        };
        var bob = RecordData.Create("bob", "contact") with
        {
            Associated = RecordData.Create("x", "contact").Associated.Add("company", acme),
        };

        var (data, rows) = RecordDataConverter.Convert(TestSchema.Schema, [ann, bob]);
        var contacts = data.RecordsOf("contact");

        Assert.Equal([0, 1], rows.ToArray());
        Assert.Equal(1, data.RecordsOf("company").Count);
        Assert.Equal(3.0, contacts.Columns[0].GetValue(0));
        Assert.Equal("lead", contacts.Columns[1].GetValue(0));
        Assert.Equal("CTO", contacts.Columns[2].GetValue(0));
        Assert.Equal(TestSchema.Day(7), contacts.Columns[3].GetValue(0));
        Assert.Equal(true, contacts.Columns[4].GetValue(0));
        Assert.Equal("acme", contacts.Columns[5].GetValue(1));
        Assert.Null(contacts.Columns[0].GetValue(1));
        Assert.True(contacts.List("partners")[0]);
        Assert.Equal([0, 2, 2], data.EventsOf("email_opened").Offsets);
        Assert.Equal("Hi", data.EventsOf("email_opened").Attributes[0].GetValue(1));
        Assert.Equal(1, data.EventsOf("site_visited").Count);
        Assert.Equal(0, data.Issues.TotalCount);
    }

    [Fact]
    public void Convert_LinksACompanysContactsToIt_S2()
    {
        var company = RecordData.Create("acme", "company") with
        {
            Contacts = [RecordData.Create("c1", "contact"), RecordData.Create("c2", "contact")],
        };

        var (data, rows) = RecordDataConverter.Convert(TestSchema.Schema, [company]);

        Assert.Equal([0, 1], data.RecordsOf("contact").Associations(5).Reverse.SourcesOf(rows[0]).ToArray());
        Assert.Equal(0, data.Issues.TotalCount);
    }
}
