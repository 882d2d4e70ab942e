namespace ScoreLang.Data;

/// <summary>The file formats ScoreLang reads data from and writes outputs to, chosen by file extension.</summary>
public enum DataFormat
{
    /// <summary><c>.csv</c>: a header row, then one row per line (the delimiter is detected: , ; tab or |).</summary>
    Csv,
    /// <summary><c>.jsonl</c> (or <c>.ndjson</c>): one JSON object per line.</summary>
    JsonLines,
    /// <summary><c>.parquet</c>: Apache Parquet, read row group by row group.</summary>
    Parquet,
}

/// <summary>Maps file extensions to <see cref="DataFormat"/>.</summary>
public static class DataFormats
{
    /// <summary>The extensions looked for in a data folder, in order of preference.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".csv", ".jsonl", ".ndjson", ".parquet"];

    /// <summary>The format of a path by its extension (ignoring case); false for any other extension.</summary>
    public static bool TryFromPath(string path, out DataFormat format)
    {
        var extension = Path.GetExtension(path);
        if (extension.Equals(".csv", StringComparison.OrdinalIgnoreCase))
        {
            format = DataFormat.Csv;
            return true;
        }

        if (extension.Equals(".jsonl", StringComparison.OrdinalIgnoreCase) || extension.Equals(".ndjson", StringComparison.OrdinalIgnoreCase))
        {
            format = DataFormat.JsonLines;
            return true;
        }

        format = DataFormat.Parquet;
        return extension.Equals(".parquet", StringComparison.OrdinalIgnoreCase);
    }
}
