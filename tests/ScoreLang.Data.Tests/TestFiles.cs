using System.Globalization;
using System.Text;
using System.Text.Json;
using Parquet;
using Parquet.Schema;

namespace ScoreLang.Data.Tests;

/// <summary>
/// Writes a table (column names and rows of CLR values: string, double, bool, DateTime; null for unknown) as a CSV,
/// JSON Lines or Parquet file, independently of the code under test, so that readers can be checked against data
/// whose content is known.
/// </summary>
internal static class TestFiles
{
    public static void Write(string path, DataFormat format, IReadOnlyList<string> columns, IReadOnlyList<object?[]> rows)
    {
        switch (format)
        {
            case DataFormat.Csv: WriteCsv(path, columns, rows); break;
            case DataFormat.JsonLines: WriteJsonLines(path, columns, rows); break;
            default: WriteParquetAsync(path, columns, rows).GetAwaiter().GetResult(); break;
        }
    }

    private static void WriteCsv(string path, IReadOnlyList<string> columns, IReadOnlyList<object?[]> rows)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', columns).Append('\n');
        foreach (var row in rows)
        {
            text.AppendJoin(',', row.Select(Csv)).Append('\n');
        }

        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
    }

    private static string Csv(object? value) => value switch
    {
        null => "",
        string s => "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        DateTime t => t.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"Unexpected value {value}."),
    };

    private static void WriteJsonLines(string path, IReadOnlyList<string> columns, IReadOnlyList<object?[]> rows)
    {
        using var stream = File.Create(path);
        for (var r = 0; r < rows.Count; r++)
        {
            using (var json = new Utf8JsonWriter(stream))
            {
                json.WriteStartObject();
                for (var c = 0; c < columns.Count; c++)
                {
                    switch (rows[r][c])
                    {
                        case null when (r + c) % 2 == 0: break; // a missing field and a null are both unknown
                        case null: json.WriteNull(columns[c]); break;
                        case string s: json.WriteString(columns[c], s); break;
                        case double d: json.WriteNumber(columns[c], d); break;
                        case bool b: json.WriteBoolean(columns[c], b); break;
                        case DateTime t: json.WriteString(columns[c], t.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)); break;
                        default: throw new ArgumentException("Unexpected value.");
                    }
                }

                json.WriteEndObject();
            }

            stream.WriteByte((byte)'\n');
        }
    }

    private static async Task WriteParquetAsync(string path, IReadOnlyList<string> columns, IReadOnlyList<object?[]> rows)
    {
        var fields = columns.Select((name, c) => Field(name, rows.Select(r => r[c]).FirstOrDefault(v => v is not null))).ToArray();
        var schema = new ParquetSchema(fields);
        using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(schema, stream);
        using var group = writer.CreateRowGroup();
        for (var c = 0; c < columns.Count; c++)
        {
            var values = rows.Select(r => r[c]).ToArray();
            var field = fields[c];
            if (field.ClrType == typeof(double))
            {
                await group.WriteAsync<double>(field, values.Select(v => (double?)v).ToArray().AsMemory(), null, null, default);
            }
            else if (field.ClrType == typeof(bool))
            {
                await group.WriteAsync<bool>(field, values.Select(v => (bool?)v).ToArray().AsMemory(), null, null, default);
            }
            else if (field.ClrType == typeof(DateTime))
            {
                await group.WriteAsync<DateTime>(field, values.Select(v => (DateTime?)v).ToArray().AsMemory(), null, null, default);
            }
            else
            {
                await group.WriteAsync(field, values.Select(v => (string?)v).ToArray()!, null);
            }
        }
    }

    private static DataField Field(string name, object? sample) => sample switch
    {
        double => new DataField<double?>(name),
        bool => new DataField<bool?>(name),
        DateTime => new DataField<DateTime?>(name),
        _ => new DataField<string>(name),
    };
}
