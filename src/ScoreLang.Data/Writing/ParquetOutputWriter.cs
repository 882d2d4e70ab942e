using Parquet;
using Parquet.Schema;
using ScoreLang.Runtime;

namespace ScoreLang.Data.Writing;

/// <summary>
/// Writes an <see cref="OutputTable"/> as Parquet: text columns (id, record_type, tiers) as strings, every other column
/// as a nullable double, in row groups of <see cref="RowGroupSize"/> rows (memory stays bounded by one row group).
/// </summary>
internal static class ParquetOutputWriter
{
    public const int RowGroupSize = 100_000;

    public static void Write(OutputTable table, Stream stream) => WriteAsync(table, stream).GetAwaiter().GetResult();

    private static async Task WriteAsync(OutputTable table, Stream stream)
    {
        var fields = table.Columns.Select(c => c.IsText ? new DataField<string>(c.Name) : (DataField)new DataField<double?>(c.Name)).ToArray();
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream).ConfigureAwait(false);
        var rows = new List<(RecordBatch Segment, int Row)>(RowGroupSize);
        foreach (var segment in table.Segments)
        {
            for (var row = 0; row < segment.Count; row++)
            {
                rows.Add((segment, row));
                if (rows.Count == RowGroupSize)
                {
                    await WriteGroupAsync(writer, table, fields, rows).ConfigureAwait(false);
                    rows.Clear();
                }
            }
        }

        if (rows.Count > 0 || table.RowCount == 0)
        {
            await WriteGroupAsync(writer, table, fields, rows).ConfigureAwait(false);
        }
    }

    private static async Task WriteGroupAsync(ParquetWriter writer, OutputTable table, DataField[] fields, List<(RecordBatch Segment, int Row)> rows)
    {
        using var group = writer.CreateRowGroup();
        for (var c = 0; c < fields.Length; c++)
        {
            var column = table.Columns[c];
            if (column.IsText)
            {
                var texts = new string?[rows.Count];
                for (var i = 0; i < rows.Count; i++)
                {
                    texts[i] = OutputTable.Text(column, rows[i].Segment, rows[i].Row);
                }

                await group.WriteAsync(fields[c], texts!, null).ConfigureAwait(false);
            }
            else
            {
                var numbers = new double?[rows.Count];
                for (var i = 0; i < rows.Count; i++)
                {
                    numbers[i] = OutputTable.Number(column, rows[i].Segment, rows[i].Row);
                }

                await group.WriteAsync<double>(fields[c], numbers.AsMemory(), null, null, default).ConfigureAwait(false);
            }
        }
    }
}
