namespace ScoreLang.Data;

/// <summary>How <see cref="DataSetLoader"/> reads data.</summary>
public sealed record LoadOptions
{
    public static LoadOptions Default { get; } = new();

    /// <summary>
    /// <c>--max-errors</c>: loading stops with a <see cref="DataLoadException"/> once more than this many rows were bad
    /// (0: any bad row is fatal). Default 100.
    /// </summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>Told the rows read so far in the current file, every <see cref="ProgressInterval"/> rows and at its end.</summary>
    public IProgress<LoadProgress>? Progress { get; init; }

    public int ProgressInterval { get; init; } = 65536;
}

/// <summary>Progress of a load: <paramref name="Rows"/> rows of <paramref name="File"/> read so far.</summary>
public sealed record LoadProgress(string File, long Rows, bool FileDone);
