using ScoreLang.Runtime.Building;
using Xunit;

namespace ScoreLang.Data.Tests;

public class FolderLoadingTests
{
    [Fact]
    public void ConventionalFolder_ReadsRecordsEventsAndLists_WithEveryValueKind_S1_S4()
    {
        using var folder = new TempFolder();
        folder.Write("contact.csv", """
            id,visits,stage,title,created,vip,company,birthday,notes
            c1,12,Lead,"CTO, founder",2024-02-20T10:30:00Z,yes,acme,1980-05-01,ignored
            c2,,customer,,2024-02-21 08:00:00,0,,,
            c3,2.5,SUBSCRIBER,Dev,2024-02-22T10:30:00+02:00,TRUE,globex,,
            """);
        folder.Write("company.csv", "id,employees,parent\nacme,500,\nglobex,20,acme\n");
        folder.Write("events.csv", """
            record_id,type,timestamp,subject,url,seconds,funnel
            c1,email_opened,2024-03-02,Hello,,,mofu
            c2,page_viewed,2024-03-01T09:00:00Z,,/pricing,30,
            c1,email_opened,2024-03-01,Earlier,,,
            c1,page_viewed,2024-03-03T00:00:00Z,,/docs,,
            """);
        folder.Write("lists.csv", "list,record_id\npartners,c3\npartners,c1\n");

        var result = DataSetLoader.Load(TestSchema.Schema, DataSource.Folder(folder.Path));

        Assert.Empty(result.Issues);
        var contacts = result.Data.RecordsOf("contact");
        Assert.Equal(["c1", "c2", "c3"], contacts.Ids);
        Assert.Equal([12.0, 0, 2.5], contacts.Numbers(0).Values);
        Assert.False(contacts.Numbers(0).Known[1]);
        Assert.Equal([1, 2, 0], contacts.Enums(1).Codes);
        Assert.Equal(new string?[] { "CTO, founder", null, "Dev" }, contacts.Strings(2).Values);
        Assert.Equal(
            [TestSchema.Ticks(2024, 2, 20, 10, 30), TestSchema.Ticks(2024, 2, 21, 8), TestSchema.Ticks(2024, 2, 22, 8, 30)],
            contacts.Ticks(3).Values);
        Assert.Equal([true, false, true], contacts.Bools(4).Values);
        Assert.True(contacts.Bools(4).Known[1]);
        var companies = result.Data.RecordsOf("company");
        Assert.Equal([companies.RowOf("acme"), -1, companies.RowOf("globex")], contacts.Associations(5).Rows);
        Assert.Equal([-1, companies.RowOf("acme")], companies.Associations(1).Rows);
        Assert.Equal(TestSchema.Ticks(1980, 5, 1), contacts.Ticks(6).Values[0]);
        Assert.False(contacts.Ticks(6).Known[2]);
        Assert.True(contacts.List("partners")[0]);
        Assert.False(contacts.List("partners")[1]);
        Assert.True(contacts.List("partners")[2]);

        var opened = result.Data.EventsOf("email_opened");
        Assert.Equal([0, 2, 2, 2], opened.Offsets);
        Assert.Equal(new string?[] { "Earlier", "Hello" }, opened.Strings(0).Values);
        Assert.Equal([-1, 1], opened.Enums(1).Codes);
        var viewed = result.Data.EventsOf("page_viewed");
        Assert.Equal([0, 1, 2, 2], viewed.Offsets);
        Assert.Equal([0.0, 30], viewed.Numbers(1).Values);
        Assert.False(viewed.Numbers(1).Known[0]);
        Assert.Equal(5, result.RecordCount);
        Assert.Equal(4, result.EventCount);
        Assert.Equal(2, result.ListMemberCount);
        Assert.Equal(["company", "contact", "events", "lists"], result.Files.Select(f => f.Content));
        Assert.All(result.Files, f => Assert.Equal(0, f.BadRows));
    }

    [Fact]
    public void MissingFiles_AreEmptyTypes_ButAFolderWithoutAnyRecordFileIsAnError()
    {
        using var folder = new TempFolder();
        folder.Write("contact.csv", "id\nc1\n");

        var result = DataSetLoader.Load(TestSchema.Schema, DataSource.Folder(folder.Path));

        Assert.Equal(1, result.Data.RecordsOf("contact").Count);
        Assert.Equal(0, result.Data.RecordsOf("company").Count);
        Assert.Equal(0, result.EventCount);

        using var empty = new TempFolder();
        var error = Assert.Throws<DataLoadException>(() => DataSetLoader.Load(TestSchema.Schema, DataSource.Folder(empty.Path)));
        Assert.Equal(DataIssueKind.MissingFile, error.Issue.Kind);
        Assert.Contains("contact.csv", error.Message, StringComparison.Ordinal);
        Assert.StartsWith(empty.Path + ": SL6013: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoFilesForOneRecordType_AreAmbiguous()
    {
        using var folder = new TempFolder();
        folder.Write("contact.csv", "id\nc1\n");
        folder.Write("contact.jsonl", "{\"id\":\"c2\"}\n");

        var error = Assert.Throws<DataLoadException>(() => DataSetLoader.Load(TestSchema.Schema, DataSource.Folder(folder.Path)));

        Assert.Equal(DataIssueKind.InvalidManifest, error.Issue.Kind);
        Assert.Contains("keep one of them", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SemicolonSeparatedFiles_AndQuotedMultilineCells_KeepLineNumbersRight()
    {
        using var folder = new TempFolder();
        folder.Write("contact.csv", "id;title;visits\r\nc1;\"two\r\nlines\";1\r\n\r\nc2;x;abc\r\n");

        var result = DataSetLoader.Load(TestSchema.Schema, DataSource.Folder(folder.Path));

        Assert.Equal("two\r\nlines", result.Data.RecordsOf("contact").Strings(2).Values[0]);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(new DataLocation(folder.File("contact.csv"), 5, "visits"), issue.Location);
    }

    [Fact]
    public void RepeatedTextValues_AreOneStringEach_AndProgressIsReportedPerFile()
    {
        using var folder = new TempFolder();
        folder.Write("contact.csv", "id,title\nc1,Dev\nc2,Dev\nc3,CTO\n");
        folder.Write("events.csv", "record_id,type,timestamp,url\nc1,page_viewed,2024-01-01,/a\nc2,page_viewed,2024-01-02,/a\n");
        var progress = new List<LoadProgress>();

        var result = DataSetLoader.Load(
            TestSchema.Schema,
            DataSource.Folder(folder.Path),
            new LoadOptions { Progress = new SynchronousProgress(progress.Add), ProgressInterval = 2 });

        var titles = result.Data.RecordsOf("contact").Strings(2).Values;
        Assert.Same(titles[0], titles[1]);
        var urls = result.Data.EventsOf("page_viewed").Strings(0).Values;
        Assert.Same(urls[0], urls[1]);
        Assert.Equal(
            [new LoadProgress(folder.File("contact.csv"), 2, false), new LoadProgress(folder.File("contact.csv"), 3, true), new LoadProgress(folder.File("events.csv"), 2, false), new LoadProgress(folder.File("events.csv"), 2, true)],
            progress);
    }

    /// <summary>Reports on the calling thread (<see cref="Progress{T}"/> would post to the thread pool).</summary>
    private sealed class SynchronousProgress(Action<LoadProgress> report) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value) => report(value);
    }
}
