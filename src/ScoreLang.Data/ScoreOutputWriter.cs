using ScoreLang.Data.Writing;
using ScoreLang.Runtime;
using ScoreLang.Runtime.Output;

namespace ScoreLang.Data;

/// <summary>
/// Writes scoring results (<c>run --out</c>) as CSV, JSON Lines or Parquet, chosen by the path's extension: one row per
/// record, <c>id</c> first, then every score's output properties and group subtotals (docs/data-format.md, "Outputs").
/// The file is written atomically: to a temporary file in the same folder, renamed when complete.
/// </summary>
public static class ScoreOutputWriter
{
    /// <summary>The column names an output of these results has, in order.</summary>
    public static IReadOnlyList<string> ColumnNames(ScoringData data, ScoringOutput output) =>
        [.. new OutputTable(data, output).Columns.Select(c => c.Name)];

    /// <summary>
    /// Writes the output. <paramref name="format"/> defaults to the one of the path's extension. Throws an
    /// <see cref="IOException"/> naming the path when the file cannot be written (any older file there is kept).
    /// </summary>
    public static void Write(string path, ScoringData data, ScoringOutput output, DataFormat? format = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(output);
        DataFormat chosen;
        if (format is { } given)
        {
            chosen = given;
        }
        else if (!DataFormats.TryFromPath(path, out chosen))
        {
            throw new ArgumentException($"'{path}' does not end in .csv, .jsonl or .parquet: name the output with one of them.", nameof(path));
        }

        var table = new OutputTable(data, output);
        Action<OutputTable, Stream> write = chosen switch
        {
            DataFormat.Csv => CsvOutputWriter.Write,
            DataFormat.JsonLines => JsonLinesOutputWriter.Write,
            _ => ParquetOutputWriter.Write,
        };

        try
        {
            AtomicFile.Write(path, stream => write(table, stream));
        }
        catch (Exception error) when (error is UnauthorizedAccessException or IOException && error is not PathTooLongException)
        {
            throw new IOException($"{path}: the output cannot be written ({error.Message}); no file was written and any older file there is kept.", error);
        }
    }
}
