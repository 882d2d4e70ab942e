using ScoreLang.Runtime.Building;
using Xunit;

namespace ScoreLang.Data.Tests;

/// <summary>Every kind of bad row is reported with its file, line and column, and skipped or made unknown (docs/data-format.md).</summary>
public sealed class BadRowTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void WrongType_IsReportedAtItsCell_AndTheValueIsUnknownButTheRecordKept()
    {
        var result = Load(contacts: "id,visits,vip\nc1,abc,yes\nc2,3,maybe\n");

        AssertIssue(result, DataIssueKind.WrongType, "contact.csv", 2, "visits", "'abc' is not a number");
        AssertIssue(result, DataIssueKind.WrongType, "contact.csv", 3, "vip", "'maybe' is not a bool");
        var contacts = result.Data.RecordsOf("contact");
        Assert.Equal(2, contacts.Count);
        Assert.False(contacts.Numbers(0).Known[0]);
        Assert.Equal(3, contacts.Numbers(0).Values[1]);
        Assert.Equal(2, result.BadRowCount);
        Assert.Equal(0, result.SkippedRowCount);
    }

    [Fact]
    public void UnparsableDate_IsReportedAtItsCell()
    {
        var result = Load(contacts: "id,created,birthday\nc1,2024-13-01,\nc2,,20/02/2024\n");

        AssertIssue(result, DataIssueKind.InvalidDate, "contact.csv", 2, "created", "'2024-13-01' is not a datetime");
        AssertIssue(result, DataIssueKind.InvalidDate, "contact.csv", 3, "birthday", "write YYYY-MM-DD");
        Assert.False(result.Data.RecordsOf("contact").Ticks(3).Known[0]);
    }

    [Fact]
    public void UnknownEnumMember_IsReportedAtItsCell()
    {
        var result = Load(contacts: "id,stage\nc1,prospect\nc2,Lead\n");

        AssertIssue(result, DataIssueKind.UnknownEnumMember, "contact.csv", 2, "stage", "'prospect' is not a member of enum { subscriber, lead, customer }");
        Assert.Equal([-1, 1], result.Data.RecordsOf("contact").Enums(1).Codes);
    }

    [Fact]
    public void DuplicateId_IsReported_AndTheLaterRowSkipped()
    {
        var result = Load(contacts: "id,visits\nc1,1\nc2,2\nc1,3\n");

        AssertIssue(result, DataIssueKind.DuplicateRecord, "contact.csv", 4, "id", "contact 'c1' was already read");
        Assert.Equal([1.0, 2], result.Data.RecordsOf("contact").Numbers(0).Values);
        Assert.Equal(1, result.SkippedRowCount);
    }

    [Fact]
    public void EmptyId_IsReported_AndTheRowSkipped()
    {
        var result = Load(contacts: "id,visits\n,1\nc2,2\n");

        AssertIssue(result, DataIssueKind.MissingValue, "contact.csv", 2, "id", "has no id");
        Assert.Equal(["c2"], result.Data.RecordsOf("contact").Ids);
    }

    [Fact]
    public void AssociationToAnUnknownId_IsReportedAtItsCell_AndLeftUnknown()
    {
        var result = Load(contacts: "id,company\nc1,acme\nc2,nobody\n", companies: "id,parent\nacme,ghost\nbeta,acme\n");

        AssertIssue(result, DataIssueKind.MissingAssociatedRecord, "contact.csv", 3, "company", "company 'nobody', which is not in the company data");

        // company.parent points at its own type: checked once every record file is read.
        AssertIssue(result, DataIssueKind.MissingAssociatedRecord, "company.csv", 2, "parent", "company 'ghost'");
        var companies = result.Data.RecordsOf("company");
        Assert.Equal([-1, companies.RowOf("acme")], companies.Associations(1).Rows);
        Assert.Equal([companies.RowOf("acme"), -1], result.Data.RecordsOf("contact").Associations(5).Rows);
        Assert.Equal(2, result.CountOf(DataIssueKind.MissingAssociatedRecord));
    }

    [Fact]
    public void EventRowsThatCannotBeRead_AreReportedAndSkipped_AttributesThatDoNotFitAreUnknown()
    {
        var result = Load(
            contacts: "id\nc1\n",
            events: """
                record_id,type,timestamp,seconds
                c1,page_viewed,2024-01-01,10
                ghost,page_viewed,2024-01-01,10
                c1,webinar_joined,2024-01-01,
                c1,page_viewed,yesterday,
                c1,,2024-01-01,
                c1,page_viewed,,
                ,page_viewed,2024-01-01,
                c1,page_viewed,2024-01-02,ten
                """);

        AssertIssue(result, DataIssueKind.OrphanEvent, "events.csv", 3, "record_id", "contact 'ghost', which is not in the contact data");
        AssertIssue(result, DataIssueKind.UnknownEventType, "events.csv", 4, "type", "'webinar_joined' is not an event type");
        AssertIssue(result, DataIssueKind.InvalidDate, "events.csv", 5, "timestamp", "'yesterday' is not a datetime");
        AssertIssue(result, DataIssueKind.MissingValue, "events.csv", 6, "type", "no type");
        AssertIssue(result, DataIssueKind.MissingValue, "events.csv", 7, "timestamp", "no timestamp");
        AssertIssue(result, DataIssueKind.MissingValue, "events.csv", 8, "record_id", "no record_id");
        AssertIssue(result, DataIssueKind.WrongType, "events.csv", 9, "seconds", "'ten' is not a number");
        var viewed = result.Data.EventsOf("page_viewed");
        Assert.Equal(2, viewed.Count);
        Assert.False(viewed.Numbers(1).Known[1]);
        var events = Assert.Single(result.Files, f => f.Content == "events");
        Assert.Equal((8L, 6L, 7L), (events.Rows, events.SkippedRows, events.BadRows));
    }

    [Fact]
    public void ListRowsThatCannotBeRead_AreReportedAndSkipped()
    {
        var result = Load(contacts: "id\nc1\n", lists: "list,record_id\npartners,c1\nvips,c1\ncustomers,c1\npartners,ghost\n");

        AssertIssue(result, DataIssueKind.UnknownList, "lists.csv", 3, "list", "'vips' is not a list of the schema");
        AssertIssue(result, DataIssueKind.UnknownList, "lists.csv", 4, "list", "'customers' is defined by a condition");
        AssertIssue(result, DataIssueKind.OrphanListMember, "lists.csv", 5, "record_id", "contact 'ghost'");
        Assert.Equal(1, result.ListMemberCount);
    }

    [Theory]
    [InlineData("contact.csv", "visits\n1\n", "id")]
    [InlineData("events.csv", "record_id,type\nc1,page_viewed\n", "timestamp")]
    [InlineData("lists.csv", "record_id\nc1\n", "list")]
    public void MissingRequiredColumn_StopsTheLoad_NamingTheFileAndColumn(string file, string content, string column)
    {
        _folder.Write("contact.csv", "id\nc1\n");
        _folder.Write(file, content);

        var error = Assert.Throws<DataLoadException>(() => DataSetLoader.Load(TestSchema.Schema, DataSource.Folder(_folder.Path)));

        Assert.Equal(DataIssueKind.MissingColumn, error.Issue.Kind);
        Assert.Equal(new DataLocation(_folder.File(file), 0, column), error.Issue.Location);
        Assert.Equal($"{_folder.File(file)}(column '{column}'): SL6006: The file has no column '{column}' (its columns: {content.Split('\n')[0].Replace(",", ", ", StringComparison.Ordinal)}): name a column '{column}', or map it in a manifest (\"columns\": {{ \"{column}\": \"<your column>\" }}).", error.Message);
    }

    [Fact]
    public void MoreBadRowsThanMaxErrors_StopsTheLoad_WithTheProblemsFoundSoFar()
    {
        _folder.Write("contact.csv", "id,visits\nc1,a\nc2,b\nc3,c\nc4,d\n");
        var source = DataSource.Folder(_folder.Path);

        var error = Assert.Throws<DataLoadException>(() => DataSetLoader.Load(TestSchema.Schema, source, new LoadOptions { MaxErrors = 2 }));
        var loaded = DataSetLoader.Load(TestSchema.Schema, source, new LoadOptions { MaxErrors = 4 });
        var strict = Assert.Throws<DataLoadException>(() => DataSetLoader.Load(TestSchema.Schema, source, new LoadOptions { MaxErrors = 0 }));

        Assert.Equal(DataIssueKind.TooManyErrors, error.Issue.Kind);
        Assert.Equal(new DataLocation(_folder.File("contact.csv"), 4), error.Issue.Location);
        Assert.Contains("More than 2 rows are bad", error.Message, StringComparison.Ordinal);
        Assert.Equal(4, error.Issues.Count);
        Assert.Equal(4, loaded.BadRowCount);
        Assert.Equal(new DataLocation(_folder.File("contact.csv"), 2), strict.Issue.Location);
    }

    [Fact]
    public void ABadRowWithSeveralBadCells_CountsOnce()
    {
        var result = Load(contacts: "id,visits,vip,stage\nc1,a,b,c\n");

        Assert.Equal(3, result.IssueCount);
        Assert.Equal(1, result.BadRowCount);
    }

    [Fact]
    public void IssueToString_IsOneLineWithFileLineColumnAndCode()
    {
        var result = Load(contacts: "id,visits\nc1,abc\n");

        Assert.Equal(
            $"{_folder.File("contact.csv")}(line 2, column 'visits'): SL6008: 'abc' is not a number (write digits with '.' as the decimal separator). contact.visits is left unknown.",
            Assert.Single(result.Issues).ToString());
    }

    private LoadResult Load(string contacts, string? companies = null, string? events = null, string? lists = null)
    {
        _folder.Write("contact.csv", contacts);
        if (companies is not null)
        {
            _folder.Write("company.csv", companies);
        }

        if (events is not null)
        {
            _folder.Write("events.csv", events);
        }

        if (lists is not null)
        {
            _folder.Write("lists.csv", lists);
        }

        return DataSetLoader.Load(TestSchema.Schema, DataSource.Folder(_folder.Path), new LoadOptions { MaxErrors = 1000 });
    }

    private void AssertIssue(LoadResult result, DataIssueKind kind, string file, long line, string column, string messagePart)
    {
        var location = new DataLocation(_folder.File(file), line, column);
        var issue = Assert.Single(result.Issues, i => i.Location == location);
        Assert.Equal(kind, issue.Kind);
        Assert.Contains(messagePart, issue.Message, StringComparison.Ordinal);
    }
}
