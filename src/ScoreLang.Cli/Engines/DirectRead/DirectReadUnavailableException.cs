namespace ScoreLang.Cli.Engines.DirectRead;

/// <summary>
/// Why DuckDB cannot read a data set itself with results identical to ScoreLang's reader (a JSON Lines file, a problem
/// row that the reader reports with its line, a Parquet type the reader converts its own way). Never shown as an error:
/// the run reads the data with ScoreLang's reader instead and says why on standard error.
/// </summary>
internal sealed class DirectReadUnavailableException : Exception
{
    public DirectReadUnavailableException()
    {
    }

    public DirectReadUnavailableException(string message)
        : base(message)
    {
    }

    public DirectReadUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
