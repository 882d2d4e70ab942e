using System.Buffers;
using System.Globalization;
using System.Text;

namespace ScoreLang.Data.Writing;

/// <summary>
/// Writes an <see cref="OutputTable"/> as CSV: a header, ',' separators, LF line endings, cells quoted only when they
/// hold a separator, a quote or a line break; numbers in their shortest exact form; empty cells for unknown values.
/// </summary>
internal static class CsvOutputWriter
{
    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");

    public static void Write(OutputTable table, Stream stream)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        Span<char> number = stackalloc char[32];
        for (var c = 0; c < table.Columns.Count; c++)
        {
            if (c > 0)
            {
                writer.Write(',');
            }

            WriteText(writer, table.Columns[c].Name);
        }

        writer.Write('\n');
        foreach (var segment in table.Segments)
        {
            for (var row = 0; row < segment.Count; row++)
            {
                for (var c = 0; c < table.Columns.Count; c++)
                {
                    if (c > 0)
                    {
                        writer.Write(',');
                    }

                    var column = table.Columns[c];
                    if (column.IsText)
                    {
                        WriteText(writer, OutputTable.Text(column, segment, row));
                    }
                    else if (OutputTable.Number(column, segment, row) is { } value && value.TryFormat(number, out var written, default, CultureInfo.InvariantCulture))
                    {
                        writer.Write(number[..written]);
                    }
                }

                writer.Write('\n');
            }
        }
    }

    private static void WriteText(StreamWriter writer, string? text)
    {
        if (text is null)
        {
            return;
        }

        if (text.AsSpan().IndexOfAny(NeedsQuotes) < 0)
        {
            writer.Write(text);
            return;
        }

        writer.Write('"');
        writer.Write(text.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}
