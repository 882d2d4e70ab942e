using ScoreLang.Data;

namespace ScoreLang.LanguageServer.Previews;

/// <summary>
/// Stops a sample load once more than <paramref name="maxRows"/> rows were read in all files together: the loader
/// reports its progress synchronously every <see cref="Interval"/> rows, and the exception this throws ends the load.
/// Previews are for small samples; a big data set would hold the server's memory and time for nothing.
/// </summary>
internal sealed class RowLimit(int maxRows) : IProgress<LoadProgress>
{
    public const int Interval = 1024;

    private readonly Dictionary<string, long> _rowsPerFile = new(StringComparer.Ordinal);

    public void Report(LoadProgress value)
    {
        _rowsPerFile[value.File] = value.Rows;
        var total = _rowsPerFile.Values.Sum();
        if (total > maxRows)
        {
            throw new SampleTooLargeException(maxRows);
        }
    }
}

/// <summary>The sample data has more rows than <c>maxRows</c> allows.</summary>
internal sealed class SampleTooLargeException : Exception
{
    public SampleTooLargeException()
    {
    }

    public SampleTooLargeException(string message)
        : base(message)
    {
    }

    public SampleTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SampleTooLargeException(int maxRows)
        : base($"The sample data has more than {maxRows.ToString(System.Globalization.CultureInfo.InvariantCulture)} rows (\"maxRows\"): point \"sampleData\" at a smaller sample, or raise \"maxRows\".")
    {
    }
}
