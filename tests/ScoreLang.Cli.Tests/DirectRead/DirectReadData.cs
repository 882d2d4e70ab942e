using System.Globalization;
using System.Text;
using Parquet;
using Parquet.Schema;
using ScoreLang.Cli.Infrastructure;
using ScoreLang.Semantics;
using Xunit;

namespace ScoreLang.Cli.Tests.DirectRead;

/// <summary>
/// A data folder written cell by cell for the direct-read differential tests: a schema with a property of every kind,
/// events with attributes and a static list, and the cells as CSV (quoted only where CSV needs it) or as Parquet with
/// every column a string.
/// </summary>
internal static class DirectReadData
{
    public const string Schema = """
        record org {
          name: string
        }

        record person {
          n: number
          b: bool
          d: date
          t: datetime
          e: enum { alpha, Beta, GAMMA }
          s: string
          org: org
        }

        event visit on person {
          page: string
          weight: number
          at: datetime
          kind: enum { web, app }
        }

        event Call on person

        list vip of person
        """;

    public static readonly string[] PersonColumns = ["id", "n", "b", "d", "t", "e", "s", "org"];

    public static readonly string[] EventColumns = ["record_id", "type", "timestamp", "page", "weight", "at", "kind"];

    public static readonly string[] ListColumns = ["list", "record_id"];

    /// <summary>The bound schema (a score file that imports it, bound as the CLI binds).</summary>
    public static SchemaModel Bind(TemporaryDirectory folder)
    {
        folder.Write("model/people.schema", Schema);
        var score = folder.Write("model/people.score", "import \"people.schema\"\n\nscore reach for person {\n  kind engagement\n  group all {\n    event visit +1\n  }\n}\n");
        var compilation = ModelLoader.Bind([score], TextWriter.Null);
        Assert.False(compilation.HasErrors, "the test schema must bind");
        return compilation.Program.Schema;
    }

    public static void WriteCsv(string path, IReadOnlyList<string> header, IEnumerable<string?[]> rows, char delimiter = ',')
    {
        var text = new StringBuilder();
        text.AppendJoin(delimiter, header).Append('\n');
        foreach (var row in rows)
        {
            text.AppendJoin(delimiter, row.Select(cell => Quote(cell ?? string.Empty, delimiter))).Append('\n');
        }

        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
    }

    public static async Task WriteParquetAsync(string path, IReadOnlyList<string> header, IReadOnlyList<string?[]> rows)
    {
        var fields = header.Select(name => new DataField<string>(name)).ToArray();
        using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream);
        using var group = writer.CreateRowGroup();
        for (var c = 0; c < header.Count; c++)
        {
            await group.WriteAsync(fields[c], rows.Select(r => r[c]).ToArray()!, null);
        }
    }

    /// <summary>A value as the comparison prints it: the same text for the reader's value and DuckDB's.</summary>
    public static string Show(object? value) => value switch
    {
        null or DBNull => "unknown",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        DateTime t => t.Ticks.ToString(CultureInfo.InvariantCulture),
        DateOnly d => d.ToDateTime(TimeOnly.MinValue).Ticks.ToString(CultureInfo.InvariantCulture),
        _ => "'" + Convert.ToString(value, CultureInfo.InvariantCulture) + "'",
    };

    private static string Quote(string cell, char delimiter) =>
        cell.Contains(delimiter, StringComparison.Ordinal) || cell.Contains('"', StringComparison.Ordinal) || cell.Contains('\n', StringComparison.Ordinal) || cell.Contains('\r', StringComparison.Ordinal)
            ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : cell;
}
