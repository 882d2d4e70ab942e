using ScoreLang.Data;
using ScoreLang.Runtime;
using ScoreLang.Runtime.Output;

namespace ScoreLang.Cli.Engines;

/// <summary>
/// What one engine's run produced, whatever the engine: the results and the data they are laid out against (for the
/// SQL engines reading the files themselves, only the records' ids, in file order), the counts and timings of the
/// summary line, and how the model was prepared (<see cref="CompileNote"/>: the .NET cache status, or the SQL engine).
/// </summary>
internal sealed record RunOutcome(
    ScoringData Data,
    ScoringOutput Results,
    RunCounts Counts,
    TimeSpan LoadTime,
    TimeSpan CompileTime,
    string CompileNote,
    TimeSpan ScoreTime)
{
    /// <summary>The whole loaded data set when ScoreLang's reader loaded it (null when an engine read the files): what --report needs.</summary>
    public LoadResult? Loaded { get; init; }

    /// <summary>Lines for the summary from the engine (the results tables it wrote).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}

/// <summary>The counts of the summary line: records, events and rows with a problem.</summary>
internal sealed record RunCounts(long Records, long Events, long BadRows)
{
    public static RunCounts Of(LoadResult loaded) => new(loaded.RecordCount, loaded.EventCount, loaded.BadRowCount);
}
