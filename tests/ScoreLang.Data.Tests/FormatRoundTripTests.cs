using CsCheck;
using Xunit;

namespace ScoreLang.Data.Tests;

/// <summary>
/// The same generated records written as CSV, JSON Lines and Parquet load into the same columns: every value kind,
/// unknowns (empty cells, JSON nulls and missing fields, Parquet nulls), and text with delimiters, quotes, line breaks
/// and non-ASCII characters.
/// </summary>
public class FormatRoundTripTests
{
    private static readonly string[] Columns = ["id", "visits", "stage", "title", "created", "vip"];

    private static readonly Gen<string?> Title =
        Gen.String[Gen.Char["ab ,;\"\n\r'é€Z"], 0, 12].Select(s => s.Trim() is { Length: > 0 } t ? t : null);

    private static readonly Gen<object?[]> Row =
        from visits in Gen.Double[-1e9, 1e9].Nullable()
        from stage in Gen.Int[-1, 2]
        from title in Title
        from seconds in Gen.Long[0, 4_000_000_000L].Nullable()
        from vip in Gen.Bool.Nullable()
        select new object?[]
        {
            null,
            visits,
            stage < 0 ? null : TestSchema.Stages[stage],
            title,
            seconds is { } s ? new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddSeconds(s) : null,
            vip,
        };

    [Theory]
    [InlineData(DataFormat.Csv, "contact.csv")]
    [InlineData(DataFormat.JsonLines, "contact.jsonl")]
    [InlineData(DataFormat.Parquet, "contact.parquet")]
    public void GeneratedRecords_LoadBackIntoTheSameColumns(DataFormat format, string fileName)
    {
        Row.Array[1, 40].Sample(
            rows =>
            {
                for (var i = 0; i < rows.Length; i++)
                {
                    rows[i][0] = "c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                using var folder = new TempFolder();
                TestFiles.Write(folder.File(fileName), format, Columns, rows);

                var result = DataSetLoader.Load(TestSchema.Schema, DataSource.Folder(folder.Path));

                Assert.Empty(result.Issues);
                var contacts = result.Data.RecordsOf("contact");
                Assert.Equal(rows.Select(r => (string)r[0]!), contacts.Ids);
                for (var row = 0; row < rows.Length; row++)
                {
                    Assert.Equal(rows[row][1], contacts.Numbers(0).GetValue(row));
                    Assert.Equal(rows[row][2], contacts.Enums(1).GetValue(row));
                    Assert.Equal(rows[row][3], contacts.Strings(2).GetValue(row));
                    Assert.Equal(rows[row][4], contacts.Ticks(3).GetValue(row));
                    Assert.Equal(rows[row][5], contacts.Bools(4).GetValue(row));
                }
            },
            iter: 60);
    }
}
