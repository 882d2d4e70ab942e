using ScoreLang.Runtime;
using ScoreLang.Runtime.Compiled;
using ScoreLang.Runtime.Output;
using ScoreLang.Semantics;

namespace ScoreLang.Compiler;

/// <summary>One compiled score: its symbol and the generated method as a <see cref="ScoreRange"/> delegate.</summary>
public sealed class CompiledScore
{
    internal CompiledScore(ScoreSymbol score, string methodName, ScoreRange range)
    {
        Score = score;
        MethodName = methodName;
        Range = range;
    }

    public ScoreSymbol Score { get; }

    public string Name => Score.Name;

    /// <summary>The generated method's full name (<c>ScoreLang.Generated.File0_x.Score0_y</c>), to find it in the generated source.</summary>
    public string MethodName { get; }

    /// <summary>Scores a range of rows; see <see cref="ScoreRange"/> for the alignment rule of parallel callers.</summary>
    public ScoreRange Range { get; }

    /// <summary>Scores every row of <paramref name="output"/>'s batch, in parallel chunks when the batch is large.</summary>
    public void Run(ScoringData data, DateTime asOf, ScoreColumns output, RunOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(output);
        options ??= RunOptions.Default;
        var count = data.RecordsOf(Score.RecordTypeName).Count;
        if (output.Count != count || !ReferenceEquals(output.Score, Score) && output.Name != Score.Name)
        {
            throw new ArgumentException($"The output for '{output.Name}' ({output.Count} rows) does not fit score '{Name}' over {count} records.", nameof(output));
        }

        var asOfTicks = CompiledModel.ToUtc(asOf).Ticks;
        if (count < options.ParallelThreshold || options.MaxDegreeOfParallelism == 1)
        {
            options.CancellationToken.ThrowIfCancellationRequested();
            Range(data, output, 0, count, asOfTicks);
            options.Progress?.Report(count);
            return;
        }

        var chunk = Math.Max(64, (options.ChunkSize + 63) / 64 * 64);
        var chunks = (count + chunk - 1) / chunk;
        long done = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = options.CancellationToken };
        Parallel.For(0, chunks, parallel, i =>
        {
            var start = i * chunk;
            var end = Math.Min(count, start + chunk);
            Range(data, output, start, end, asOfTicks);
            var total = Interlocked.Add(ref done, end - start);
            options.Progress?.Report(total);
        });
    }
}
