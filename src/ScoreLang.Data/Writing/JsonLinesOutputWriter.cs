using System.Text.Json;

namespace ScoreLang.Data.Writing;

/// <summary>
/// Writes an <see cref="OutputTable"/> as JSON Lines: one object per record with the columns as keys, in column order;
/// unknown values are <c>null</c> (never left out, so every line has the same keys).
/// </summary>
internal static class JsonLinesOutputWriter
{
    public static void Write(OutputTable table, Stream stream)
    {
        var names = table.Columns.Select(c => JsonEncodedText.Encode(c.Name)).ToArray();
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { SkipValidation = true });
        foreach (var segment in table.Segments)
        {
            for (var row = 0; row < segment.Count; row++)
            {
                json.WriteStartObject();
                for (var c = 0; c < table.Columns.Count; c++)
                {
                    var column = table.Columns[c];
                    if (column.IsText)
                    {
                        if (OutputTable.Text(column, segment, row) is { } text)
                        {
                            json.WriteString(names[c], text);
                        }
                        else
                        {
                            json.WriteNull(names[c]);
                        }
                    }
                    else if (OutputTable.Number(column, segment, row) is { } value)
                    {
                        json.WriteNumber(names[c], value);
                    }
                    else
                    {
                        json.WriteNull(names[c]);
                    }
                }

                json.WriteEndObject();
                json.Flush();
                stream.WriteByte((byte)'\n');
                json.Reset(stream);
            }
        }
    }
}
