using ScoreLang.Runtime.Building;
using Xunit;

namespace ScoreLang.Data.Tests;

public sealed class ManifestTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void AManifest_MapsFilesColumnsAndValues_RelativeToItself()
    {
        Directory.CreateDirectory(_folder.File("export"));
        _folder.Write("export/people.csv", "Person;Visits;Stage;VIP\np1;3;Select;Y\np2;;Customer;N\n");
        _folder.Write("export/views.csv", "who,at,page\np1,2024-01-02T10:00:00Z,/a\np2,2024-01-03,/b\n");
        _folder.Write("export/members.csv", "group,member\nPartners,p2\n");
        var manifest = _folder.Write("data.json", """
            {
              "records": {
                "contact": {
                  "file": "export/people.csv", "delimiter": ";", "id": "Person",
                  "columns": { "visits": "Visits", "stage": "Stage", "vip": "VIP" },
                  "values": { "stage": { "Select": null }, "vip": { "Y": "true", "N": "false" } }
                }
              },
              "events": [ { "file": "export/views.csv", "type": "page_viewed", "columns": { "record_id": "who", "timestamp": "at", "url": "page" } } ],
              "lists": [ { "file": "export/members.csv", "columns": { "list": "group", "record_id": "member" }, "values": { "list": { "Partners": "partners" } } } ]
            }
            """);

        var result = DataSetLoader.Load(TestSchema.Schema, DataSource.FromPath(manifest));

        Assert.Empty(result.Issues);
        var contacts = result.Data.RecordsOf("contact");
        Assert.Equal(["p1", "p2"], contacts.Ids);
        Assert.Equal([-1, 2], contacts.Enums(1).Codes);
        Assert.Equal([true, false], contacts.Bools(4).Values);
        var views = result.Data.EventsOf("page_viewed");
        Assert.Equal(new string?[] { "/a", "/b" }, views.Strings(0).Values);
        Assert.Equal([TestSchema.Ticks(2024, 1, 2, 10), TestSchema.Ticks(2024, 1, 3)], views.Ticks);
        Assert.True(contacts.List("partners")[1]);
    }

    [Fact]
    public void IdFromRow_NumbersTheRecordsOfAFileWithoutAnIdColumn_EvenIdenticalRows()
    {
        _folder.Write("c.csv", "visits\n3\n3\n7\n");
        var manifest = _folder.Write("data.json", """{ "records": { "contact": { "file": "c.csv", "idFromRow": true } } }""");

        var result = DataSetLoader.Load(TestSchema.Schema, DataSource.Manifest(manifest));

        Assert.Empty(result.Issues);
        Assert.Equal(["1", "2", "3"], result.Data.RecordsOf("contact").Ids);
    }

    [Theory]
    [InlineData("""{ "records": { "contact": { "file": "c.csv", "id": "Person", "idFromRow": true } } }""", "records.contact: give either \"id\" (the id column) or \"idFromRow\": true, not both.")]
    [InlineData("""{ "records": { "contact": { "file": "c.csv", "idFromRow": "yes" } } }""", "records.contact.idFromRow: expected true or false, found string.")]
    [InlineData("""{ "records": { "contcat": { "file": "c.csv" } } }""", "records.contcat: the schema has no record type 'contcat' (it has: company, contact).")]
    [InlineData("""{ "records": { "contact": { "file": "c.csv", "columns": { "visitz": "V" } } } }""", "records.contact.columns: 'visitz' is not a name of the schema here")]
    [InlineData("""{ "records": { "contact": { "columns": {} } } }""", "records.contact: the entry has no \"file\".")]
    [InlineData("""{ "records": { "contact": { "file": "c.xlsx" } } }""", "records.contact.file: 'c.xlsx' is not a .csv, .jsonl or .parquet file.")]
    [InlineData("""{ "records": { "contact": { "file": "c.csv" } }, "events": [ { "file": "e.csv", "type": "webinar" } ] }""", "events[0].type: the schema has no event type 'webinar'")]
    [InlineData("""{ "records": { "contact": { "file": "c.csv", "sheet": 1 } } }""", "records.contact.sheet: unknown key")]
    [InlineData("""{ "recrods": {} }""", "'recrods' is not a manifest section")]
    [InlineData("""{ "records": { "contact": { "file": "c.csv", "values": { "vip": { "Y": 1 } } } } }""", "records.contact.values.vip.Y: expected a string, found number.")]
    [InlineData("""{ "records": { "contact": { "file": "c.csv" }, } """, "The manifest is not valid JSON")]
    public void AnInvalidManifest_IsAnErrorNamingTheEntry(string json, string expected)
    {
        var manifest = _folder.Write("data.json", json);

        var error = Assert.Throws<DataLoadException>(() => DataSetLoader.Load(TestSchema.Schema, DataSource.Manifest(manifest)));

        Assert.Equal(DataIssueKind.InvalidManifest, error.Issue.Kind);
        Assert.Equal(manifest, error.Issue.Location!.File);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMappedColumnMissingFromTheFile_StopsTheLoad()
    {
        _folder.Write("c.csv", "id,visits\nc1,1\n");
        var manifest = _folder.Write("data.json", """{ "records": { "contact": { "file": "c.csv", "columns": { "stage": "Lifecycle" } } } }""");

        var error = Assert.Throws<DataLoadException>(() => DataSetLoader.Load(TestSchema.Schema, DataSource.Manifest(manifest)));

        Assert.Equal(new DataLocation(_folder.File("c.csv"), 0, "Lifecycle"), error.Issue.Location);
        Assert.Contains("correct the manifest's column mapping", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileTheManifestNamesButThatDoesNotExist_IsAMissingFile()
    {
        var manifest = _folder.Write("data.json", """{ "records": { "contact": { "file": "gone.csv" } } }""");

        var error = Assert.Throws<DataLoadException>(() => DataSetLoader.Load(TestSchema.Schema, DataSource.Manifest(manifest)));

        Assert.Equal(DataIssueKind.MissingFile, error.Issue.Kind);
        Assert.Equal(_folder.File("gone.csv"), error.Issue.Location!.File);
    }
}
