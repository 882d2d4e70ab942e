namespace ScoreLang.Compiler;

/// <summary>
/// How <see cref="CompiledModel.Run(Runtime.ScoringData, DateTime, Runtime.Output.ScoringOutput, RunOptions?)"/> spreads
/// work: batches of at least <see cref="ParallelThreshold"/> records are split into chunks of <see cref="ChunkSize"/>
/// (rounded up to a multiple of 64) and scored in parallel. <see cref="Progress"/> receives the number of records
/// scored so far (all scores together), once per chunk.
/// </summary>
public sealed record RunOptions
{
    public static RunOptions Default { get; } = new();

    public int ParallelThreshold { get; init; } = 16_384;

    public int ChunkSize { get; init; } = 8_192;

    /// <summary>-1: as many as the machine has.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    public IProgress<long>? Progress { get; init; }

    public CancellationToken CancellationToken { get; init; }
}
