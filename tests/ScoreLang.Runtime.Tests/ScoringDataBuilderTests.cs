using ScoreLang.Runtime.Building;
using Xunit;

namespace ScoreLang.Runtime.Tests;

public class ScoringDataBuilderTests
{
    [Fact]
    public void Events_ArrivingUnsorted_AreSortedByRecordThenTime()
    {
        var builder = new ScoringDataBuilder(TestSchema.Schema);
        var contacts = builder.Records("contact");
        contacts.Add("a");
        contacts.Add("b");
        var opened = builder.Events("email_opened");
        builder.Events("email_opened").SetString(opened.Add("b", TestSchema.Day(5)), 0, "b5");
        opened.SetString(opened.Add("a", TestSchema.Day(9)), 0, "a9");
        opened.SetString(opened.Add("b", TestSchema.Day(2)), 0, "b2");
        opened.SetString(opened.Add("a", TestSchema.Day(1)), 0, "a1");
        opened.Add("a", TestSchema.Day(4));

        var table = builder.Build().EventsOf("email_opened");

        Assert.Equal([0, 3, 5], table.Offsets);
        Assert.Equal(
            [TestSchema.Day(1).Ticks, TestSchema.Day(4).Ticks, TestSchema.Day(9).Ticks, TestSchema.Day(2).Ticks, TestSchema.Day(5).Ticks],
            table.Ticks);
        Assert.Equal(new string?[] { "a1", null, "a9", "b2", "b5" }, table.Strings(0).Values);
        Assert.False(table.Strings(0).Known[1]);
    }

    [Fact]
    public void Associations_ResolveToRows_AndTheReverseIndexListsContacts_S2()
    {
        var builder = new ScoringDataBuilder(TestSchema.Schema);
        var contacts = builder.Records("contact");
        contacts.SetAssociation(contacts.Add("c1"), 5, "acme");
        contacts.Add("c2");
        contacts.SetAssociation(contacts.Add("c3"), 5, "acme");
        contacts.SetAssociation(contacts.Add("c4"), 5, "globex");
        var companies = builder.Records("company");
        companies.SetNumber(companies.Add("globex"), 0, 10);
        companies.SetNumber(companies.Add("acme"), 0, 500);

        var data = builder.Build();
        var company = data.RecordsOf("contact").Associations(5);
        var acme = data.RecordsOf("company").RowOf("acme");

        Assert.Equal(acme, company.Rows[0]);
        Assert.Equal(-1, company.Rows[1]);
        Assert.Equal([0, 2], company.Reverse.SourcesOf(acme).ToArray());
        Assert.Equal(500, data.RecordsOf("company").Numbers(0).Values[company.Rows[2]]);
        Assert.Equal(0, data.Issues.TotalCount);
    }

    [Fact]
    public void References_ToRecordsNotInTheData_AreReportedNotSilentlyDropped()
    {
        var builder = new ScoringDataBuilder(TestSchema.Schema);
        var contacts = builder.Records("contact");
        contacts.SetAssociation(contacts.Add("c1"), 5, "nobody");
        contacts.Add("c1");
        builder.Events("email_opened").Add("ghost", TestSchema.Day(1));
        builder.AddListMember("partners", "ghost");
        builder.AddListMember("big", "c1");

        var data = builder.Build();

        Assert.Equal(1, data.Issues.CountOf(DataIssueKind.MissingAssociatedRecord));
        Assert.Equal(1, data.Issues.CountOf(DataIssueKind.DuplicateRecord));
        Assert.Equal(1, data.Issues.CountOf(DataIssueKind.OrphanEvent));
        Assert.Equal(1, data.Issues.CountOf(DataIssueKind.OrphanListMember));
        Assert.Equal(1, data.Issues.CountOf(DataIssueKind.UnknownList));
        Assert.Equal(1, data.RecordsOf("contact").Count);
        Assert.Equal(-1, data.RecordsOf("contact").Associations(5).Rows[0]);
        Assert.False(data.RecordsOf("contact").Associations(5).Known[0]);
        Assert.Equal(0, data.EventsOf("email_opened").Count);
        Assert.Contains(data.Issues.Samples, i => i.Message.Contains("'ghost'", StringComparison.Ordinal));
    }

    [Fact]
    public void RecordsReferencedBeforeTheyAreAdded_KeepTheirValues()
    {
        var builder = new ScoringDataBuilder(TestSchema.Schema);
        builder.Events("email_opened").Add("late", TestSchema.Day(3));
        builder.Events("email_opened").Add("orphan", TestSchema.Day(3));
        var contacts = builder.Records("contact");
        var early = contacts.Add("early");
        contacts.SetNumber(early, 0, 1);
        var late = contacts.Add("late");
        contacts.SetNumber(late, 0, 2);
        Assert.True(contacts.SetEnum(late, 1, "Customer"));
        Assert.False(contacts.SetEnum(early, 1, "prospect"));

        var data = builder.Build();
        var batch = data.RecordsOf("contact");

        Assert.Equal(["late", "early"], batch.Ids);
        Assert.Equal([2.0, 1.0], batch.Numbers(0).Values);
        Assert.Equal([2, -1], batch.Enums(1).Codes);
        Assert.Equal([0, 1, 1], data.EventsOf("email_opened").Offsets);
        Assert.Equal(1, data.Issues.CountOf(DataIssueKind.OrphanEvent));
    }

    [Fact]
    public void StaticLists_AreBitmapsOfTheirRecordType_S4()
    {
        var builder = new ScoringDataBuilder(TestSchema.Schema);
        var contacts = builder.Records("contact");
        for (var i = 0; i < 100; i++)
        {
            contacts.Add("c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        builder.AddListMember("partners", "c70");
        builder.AddListMember("partners", "c3");

        var partners = builder.Build().RecordsOf("contact").List("partners");

        Assert.True(partners[70]);
        Assert.True(partners[3]);
        Assert.Equal(2, partners.CountSet());
    }

    [Fact]
    public void SettingAValueOfTheWrongKind_IsAProgrammingError()
    {
        var contacts = new ScoringDataBuilder(TestSchema.Schema).Records("contact");
        var row = contacts.Add("c");

        Assert.Throws<ArgumentException>(() => contacts.SetString(row, 0, "not a number"));
        Assert.False(contacts.SetValue(row, 0, "not a number"));
        Assert.True(contacts.SetValue(row, 0, 3));
    }
}
