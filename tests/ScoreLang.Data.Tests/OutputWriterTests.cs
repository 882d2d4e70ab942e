using System.Text.Json;
using ScoreLang.Data.Writing;
using Xunit;

namespace ScoreLang.Data.Tests;

public sealed class OutputWriterTests : IDisposable
{
    private const string ExpectedCsv = """"
        id,record_type,lead,lead_tier,lead.behaviour,lead.profile,combo,combo_engagement,combo_fit,combo_tier,combo.clicks,company_fit,company_fit.size
        c1,contact,72.5,hot,60,12.5,80,30,50,A1,30,,
        c2,contact,,,,,,,,,,,
        c3,contact,-3,,-3,0,,,,,,,
        acme,company,,,,,,,,,,0.30000000000000004,0.30000000000000004
        "x,""y""",company,,,,,,,,,,,

        """";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Csv_HasIdThenEachScoresOutputsAndGroups_AndUnscoredRecordsHaveEmptyCells_S20_S22()
    {
        var (data, output) = TestScores.Results();
        var path = _folder.File("scores.csv");

        ScoreOutputWriter.Write(path, data, output);

        Assert.Equal(ExpectedCsv.Replace("\r\n", "\n", StringComparison.Ordinal), File.ReadAllText(path));
        Assert.Equal(ExpectedCsv.Split('\n')[0].Trim().Split(','), ScoreOutputWriter.ColumnNames(data, output));
    }

    [Fact]
    public void JsonLines_HasTheSameKeysOnEveryLine_WithNullsForUnscoredRecords()
    {
        var (data, output) = TestScores.Results();
        var path = _folder.File("scores.jsonl");

        ScoreOutputWriter.Write(path, data, output);

        var lines = File.ReadAllLines(path);
        Assert.Equal(5, lines.Length);
        var first = JsonDocument.Parse(lines[0]).RootElement;
        Assert.Equal(72.5, first.GetProperty("lead").GetDouble());
        Assert.Equal("A1", first.GetProperty("combo_tier").GetString());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("company_fit").ValueKind);
        var unscored = JsonDocument.Parse(lines[1]).RootElement;
        Assert.Equal(JsonValueKind.Null, unscored.GetProperty("lead").ValueKind);
        Assert.Equal(JsonValueKind.Null, unscored.GetProperty("lead.behaviour").ValueKind);
        Assert.All(lines, l => Assert.Equal(13, JsonDocument.Parse(l).RootElement.EnumerateObject().Count()));
        Assert.Equal("x,\"y\"", JsonDocument.Parse(lines[4]).RootElement.GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("scores.csv")]
    [InlineData("scores.jsonl")]
    [InlineData("scores.parquet")]
    public void EveryFormat_ReadsBackAsAPreviousOutput_S25(string fileName)
    {
        var (data, output) = TestScores.Results();
        var path = _folder.File(fileName);

        ScoreOutputWriter.Write(path, data, output);
        var previous = PreviousOutput.Read(path, [TestScores.Lead, TestScores.Combined, TestScores.CompanyFit]);

        Assert.Equal(5, previous.Count);
        Assert.Equal(new PreviousScore(72.5, "hot"), previous.Find(TestScores.Lead, "c1"));
        Assert.Equal(new PreviousScore(null, null), previous.Find(TestScores.Lead, "c2"));
        Assert.Equal(new PreviousScore(-3, null), previous.Find(TestScores.Lead, "c3"));
        Assert.Equal(new PreviousScore(80, "A1"), previous.Find(TestScores.Combined, "c1"));
        Assert.Equal(new PreviousScore(0.1 + 0.2, null), previous.Find(TestScores.CompanyFit, "acme"));
        Assert.Equal(new PreviousScore(null, null), previous.Find(TestScores.CompanyFit, "x,\"y\""));
        Assert.Null(previous.Find(TestScores.CompanyFit, "c1"));
        Assert.Null(previous.Find(TestScores.Lead, "nobody"));
    }

    [Fact]
    public void APreviousOutputWithoutAScoresColumns_HasNoValuesForIt()
    {
        var (data, output) = TestScores.Results();
        var path = _folder.File("scores.csv");
        ScoreOutputWriter.Write(path, data, output);
        var added = TestScores.Score("new_score", Semantics.ScoreKind.Fit, "contact", [], ["a"]);

        var previous = PreviousOutput.Read(path, [added, TestScores.Lead]);

        Assert.False(previous.Has(added));
        Assert.True(previous.Has(TestScores.Lead));
        Assert.Equal(new PreviousScore(null, null), previous.Find(added, "c1"));
    }

    [Fact]
    public void APreviousOutputThatIsNotAnOutput_IsAClearError()
    {
        var path = _folder.Write("old.csv", "name,lead\nc1,abc\n");
        var badValue = _folder.Write("bad.csv", "id,lead\nc1,abc\n");

        var noId = Assert.Throws<DataLoadException>(() => PreviousOutput.Read(path, [TestScores.Lead]));
        var notANumber = Assert.Throws<DataLoadException>(() => PreviousOutput.Read(badValue, [TestScores.Lead]));
        var missing = Assert.Throws<DataLoadException>(() => PreviousOutput.Read(_folder.File("none.csv"), [TestScores.Lead]));

        Assert.Equal($"{path}(column 'id'): SL6006: The earlier output has no 'id' column: give a file written by scorelang run --out.", noId.Message);
        Assert.Equal($"{badValue}(line 2, column 'lead'): SL6008: 'abc' is not a score.", notANumber.Message);
        Assert.Equal(Runtime.Building.DataIssueKind.MissingFile, missing.Issue.Kind);
    }

    [Fact]
    public void AFailedWrite_LeavesNoPartialFile_AndKeepsTheOldOne()
    {
        var path = _folder.Write("scores.csv", "old content");

        var error = Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write(new byte[100_000]);
            throw new InvalidOperationException("the scorer failed half way");
        }));

        Assert.Equal("the scorer failed half way", error.Message);
        Assert.Equal("old content", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public void ASuccessfulWrite_ReplacesTheOldFile_AndLeavesNoTemporaryFile()
    {
        var (data, output) = TestScores.Results();
        var path = _folder.Write("scores.parquet", "old content");

        ScoreOutputWriter.Write(path, data, output);

        Assert.Equal(5, PreviousOutput.Read(path, [TestScores.Lead]).Count);
        Assert.Equal([path], Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public void AnOutputThatCannotBeWritten_IsAnIOErrorNamingThePath()
    {
        var (data, output) = TestScores.Results();
        var blocker = _folder.Write("not-a-folder", "");
        var path = Path.Combine(blocker, "scores.csv");

        var error = Assert.Throws<IOException>(() => ScoreOutputWriter.Write(path, data, output));
        var badExtension = Assert.Throws<ArgumentException>(() => ScoreOutputWriter.Write(_folder.File("scores.xlsx"), data, output));

        Assert.StartsWith(path + ": the output cannot be written", error.Message, StringComparison.Ordinal);
        Assert.Contains(".csv, .jsonl or .parquet", badExtension.Message, StringComparison.Ordinal);
        Assert.Equal([blocker], Directory.GetFiles(_folder.Path));
    }
}
