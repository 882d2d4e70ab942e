using System.Globalization;
using System.Text;
using Xunit;

namespace ScoreLang.Data.Tests;

public class StreamingTests
{
    private const int Rows = 200_000;

    /// <summary>
    /// A 200k-row CSV whose rows carry a wide column the schema does not declare: the load reads every row right, and
    /// allocates less than the file's size in all, so the file was streamed (holding it as one string would take twice
    /// its size) and the undeclared column was never turned into strings. No timing is asserted.
    /// </summary>
    [Fact]
    public void A200kRowCsv_IsStreamed_NotHeldAsText()
    {
        using var folder = new TempFolder();
        var path = folder.File("contact.csv");
        var notes = new string('n', 400);
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16))
        {
            writer.Write("id,visits,notes,stage\n");
            for (var i = 0; i < Rows; i++)
            {
                writer.Write(string.Create(CultureInfo.InvariantCulture, $"c{i},{i % 100},{notes},{TestSchema.Stages[i % 3]}\n"));
            }
        }

        var fileBytes = new FileInfo(path).Length;
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = DataSetLoader.Load(TestSchema.Schema, DataSource.Folder(folder.Path));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        var contacts = result.Data.RecordsOf("contact");
        Assert.Equal(Rows, contacts.Count);
        Assert.Equal("c199999", contacts.Ids[^1]);
        Assert.Equal(Rows / 100 * 4950.0, contacts.Numbers(0).Values.Sum());
        Assert.Equal(Rows / 3, contacts.Enums(1).Codes.Count(c => c == 2));
        Assert.Equal(0, result.IssueCount);
        Assert.True(allocated < fileBytes, $"Loading allocated {allocated:N0} bytes for a {fileBytes:N0}-byte file.");
    }
}
