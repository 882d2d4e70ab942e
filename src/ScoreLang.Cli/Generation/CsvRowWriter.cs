using System.Globalization;
using System.Text;

namespace ScoreLang.Cli.Generation;

/// <summary>Writes RFC 4180 CSV rows: fields with commas, quotes or line breaks are quoted, quotes doubled.</summary>
internal sealed class CsvRowWriter(TextWriter writer)
{
    private readonly StringBuilder _line = new();

    public void WriteRow(IEnumerable<string?> fields)
    {
        _line.Clear();
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                _line.Append(',');
            }

            first = false;
            Append(field ?? string.Empty);
        }

        writer.Write(_line.Append('\n'));
    }

    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Format(DateTime value, bool dateOnly) =>
        dateOnly
            ? value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : value.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private void Append(string field)
    {
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            _line.Append(field);
            return;
        }

        _line.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
