using ScoreLang.Runtime.Building;
using Xunit;

namespace ScoreLang.Data.Tests;

/// <summary>What only JSON Lines or Parquet can get wrong, and where their problems are reported.</summary>
public sealed class FormatSpecificTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void JsonLines_ALineThatIsNotAnObject_IsReportedWithItsLine_AndSkipped()
    {
        _folder.Write("contact.jsonl", "{\"id\":\"c1\",\"visits\":3}\n\n{\"id\": \"c2\", \"visits\": \n[1,2]\n{\"id\":\"c3\",\"visits\":{\"a\":1},\"vip\":1,\"title\":42}\r\n");

        var result = DataSetLoader.Load(TestSchema.Schema, DataSource.Folder(_folder.Path));

        var contacts = result.Data.RecordsOf("contact");
        Assert.Equal(["c1", "c3"], contacts.Ids);
        Assert.Equal(DataIssueKind.MalformedRow, Issue(result, 3, null).Kind);
        Assert.Contains("not valid JSON", Issue(result, 3, null).Message, StringComparison.Ordinal);
        Assert.Contains("not a JSON object", Issue(result, 4, null).Message, StringComparison.Ordinal);
        Assert.Equal("a JSON object or array cannot be a number. contact.visits is left unknown.", Issue(result, 5, "visits").Message);
        Assert.True(contacts.Bools(4).Values[1]);
        Assert.Equal("42", contacts.Strings(2).Values[1]);
    }

    [Fact]
    public void JsonLines_AMissingIdField_IsAMissingValueOfThatRow()
    {
        _folder.Write("contact.jsonl", "{\"visits\":1}\n{\"id\":\"c2\"}\n");

        var result = DataSetLoader.Load(TestSchema.Schema, DataSource.Folder(_folder.Path));

        Assert.Equal(DataIssueKind.MissingValue, Issue(result, 1, "id").Kind);
        Assert.Equal(["c2"], result.Data.RecordsOf("contact").Ids);
    }

    [Fact]
    public void Parquet_ProblemsAreReportedByRowNumber()
    {
        TestFiles.Write(_folder.File("contact.parquet"), DataFormat.Parquet, ["id", "stage", "visits"], [["c1", "lead", 1.0], ["c2", "vip", 2.0], [null, "lead", 3.0]]);

        var result = DataSetLoader.Load(TestSchema.Schema, DataSource.Folder(_folder.Path));

        var enumIssue = Assert.Single(result.Issues, i => i.Kind == DataIssueKind.UnknownEnumMember);
        Assert.Equal(new DataLocation(_folder.File("contact.parquet"), 2, "stage", IsRow: true), enumIssue.Location);
        Assert.StartsWith($"{_folder.File("contact.parquet")}(row 2, column 'stage'): SL6010:", enumIssue.ToString(), StringComparison.Ordinal);
        Assert.Equal(new DataLocation(_folder.File("contact.parquet"), 3, "id", IsRow: true), Assert.Single(result.Issues, i => i.Kind == DataIssueKind.MissingValue).Location);
    }

    [Fact]
    public void Parquet_AFileThatIsNotParquet_IsUnreadable()
    {
        _folder.Write("contact.parquet", "id\nc1\n");

        var error = Assert.Throws<DataLoadException>(() => DataSetLoader.Load(TestSchema.Schema, DataSource.Folder(_folder.Path)));

        Assert.Equal(DataIssueKind.UnreadableFile, error.Issue.Kind);
        Assert.StartsWith($"{_folder.File("contact.parquet")}: SL6014: The file cannot be read as Parquet:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMixedFolder_ReadsEachFileInItsOwnFormat()
    {
        TestFiles.Write(_folder.File("company.parquet"), DataFormat.Parquet, ["id", "employees"], [["acme", 500.0]]);
        _folder.Write("contact.jsonl", "{\"id\":\"c1\",\"company\":\"acme\"}\n");
        _folder.Write("events.csv", "record_id,type,timestamp\nc1,page_viewed,2024-01-01\n");

        var result = DataSetLoader.Load(TestSchema.Schema, DataSource.Folder(_folder.Path));

        Assert.Empty(result.Issues);
        Assert.Equal([DataFormat.Parquet, DataFormat.JsonLines, DataFormat.Csv], result.Files.Select(f => f.Format));
        Assert.Equal(0, result.Data.RecordsOf("contact").Associations(5).Rows[0]);
        Assert.Equal(1, result.EventCount);
    }

    private static DataIssue Issue(LoadResult result, long line, string? column) =>
        Assert.Single(result.Issues, i => i.Location!.Line == line && i.Location.Column == column);
}
