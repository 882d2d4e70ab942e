using ScoreLang.Data.Reading;
using Xunit;

namespace ScoreLang.Data.Tests;

/// <summary>
/// The one delimiter rule that ScoreLang's CSV reader and DuckDB's direct read share: the most frequent candidate in
/// the header outside quotes, ',' when there is none, ties reported (the reader breaks them by order, the direct read
/// declines the file).
/// </summary>
public sealed class CsvDelimiterTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("id,name,visits", ',')]
    [InlineData("id;name;visits", ';')]
    [InlineData("id\tname\tvisits", '\t')]
    [InlineData("id|name|visits", '|')]
    [InlineData("id;name;visits,total", ';')]
    [InlineData("id", ',')]
    public void Detect_TakesTheMostFrequentCandidateInTheHeader(string header, char expected)
    {
        var detected = CsvDelimiter.Detect(header);

        Assert.Equal(expected, detected.Delimiter);
        Assert.False(detected.IsAmbiguous);
    }

    [Theory]
    [InlineData("id,name;visits", ',', ';')]
    [InlineData("id;name|visits", ';', '|')]
    [InlineData("a\tb|c", '\t', '|')]
    public void Detect_ATieIsAmbiguousAndBrokenByCandidateOrder(string header, char delimiter, char tiedWith)
    {
        var detected = CsvDelimiter.Detect(header);

        Assert.True(detected.IsAmbiguous);
        Assert.Equal(delimiter, detected.Delimiter);
        Assert.Equal(tiedWith, detected.TiedWith);
    }

    [Theory]
    [InlineData("\"a;b;c\",d,e", ',')] // counting the quoted ';' too would make it a tie
    [InlineData("\"a,b,c\";d;e", ';')]
    [InlineData("\"say \"\"x,y\"\"\";d;e", ';')]
    [InlineData("\"multi\nline,,\";d", ';')]
    public void Detect_IgnoresDelimitersInsideQuotes(string header, char expected)
    {
        var detected = CsvDelimiter.Detect(header);

        Assert.Equal(expected, detected.Delimiter);
    }

    [Fact]
    public void Detect_CountsOnlyTheHeaderRecord()
    {
        var detected = CsvDelimiter.Detect("id;name\r\n1,2,3,4,5\n");

        Assert.Equal(';', detected.Delimiter);
        Assert.False(detected.IsAmbiguous);
    }

    [Fact]
    public void CsvReader_SplitsByTheSameRule_QuotedDelimitersAndTiesIncluded()
    {
        var quoted = _folder.Write("quoted.csv", "\uFEFF\"a,b\";c;d\n1;2;3\n");
        var tied = _folder.Write("tied.csv", "a,b;c\n1,2;3\n");

        using var quotedSource = new CsvRowSource(quoted, delimiter: null);
        using var tiedSource = new CsvRowSource(tied, delimiter: null);

        Assert.Equal(["a,b", "c", "d"], quotedSource.ColumnNames);
        Assert.Equal(',', CsvDelimiter.DetectInFile(tied).Delimiter);
        Assert.Equal(["a", "b;c"], tiedSource.ColumnNames);
    }
}
