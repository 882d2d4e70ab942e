namespace ScoreLang.Data.Reading;

/// <summary>Opens a data file as an <see cref="IRowSource"/> by its format.</summary>
internal static class RowSources
{
    public static IRowSource Open(string path, DataFormat format, char? delimiter = null) => format switch
    {
        DataFormat.Csv => new CsvRowSource(path, delimiter),
        DataFormat.JsonLines => new JsonLinesRowSource(path),
        _ => new ParquetRowSource(path),
    };
}
