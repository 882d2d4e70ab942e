using System.Collections.Immutable;
using ScoreLang.Evaluation;
using ScoreLang.Runtime;
using ScoreLang.Runtime.Building;
using ScoreLang.Runtime.Output;
using ScoreLang.Semantics;

namespace ScoreLang.Compiler;

/// <summary>
/// A bound program compiled to a collectible in-memory assembly: the generated C# (<see cref="GeneratedSource"/>), the
/// assembly (<see cref="AssemblyImage"/>), one <see cref="CompiledScore"/> per score, and ways to run it over columnar
/// data, to score one evaluator record on the compiled path (in-file tests), and to explain one record (S28) with the
/// reference evaluator.
/// </summary>
public sealed class CompiledModel
{
    private readonly ImmutableDictionary<string, CompiledScore> _byName;

    internal CompiledModel(BoundProgram program, string source, string contentHash, ImmutableArray<byte> image, ImmutableArray<CompiledScore> scores, CacheStatus cacheStatus)
    {
        Program = program;
        GeneratedSource = source;
        ContentHash = contentHash;
        AssemblyImage = image;
        Scores = scores;
        CacheStatus = cacheStatus;
        _byName = scores.ToImmutableDictionary(s => s.Name, StringComparer.Ordinal);
    }

    public BoundProgram Program { get; }

    public string GeneratedSource { get; }

    /// <summary>SHA-256 (hex) of the generated source and the compiler/runtime build: equal hashes, same assembly.</summary>
    public string ContentHash { get; }

    /// <summary>The compiled assembly (for <c>scorelang compile</c> to write out).</summary>
    public ImmutableArray<byte> AssemblyImage { get; }

    /// <summary>In the order of <see cref="BoundProgram.Scores"/>.</summary>
    public ImmutableArray<CompiledScore> Scores { get; }

    public CacheStatus CacheStatus { get; }

    public CompiledScore this[string scoreName] =>
        _byName.TryGetValue(scoreName, out var score)
            ? score
            : throw new ArgumentException($"There is no score '{scoreName}' in this model.", nameof(scoreName));

    /// <summary>Empty output columns for every score over <paramref name="data"/>.</summary>
    public ScoringOutput CreateOutput(ScoringData data, bool withRawTotals = false) =>
        ScoringOutput.Create(Program.Scores, data, withRawTotals);

    /// <summary>Scores every record of <paramref name="data"/> for every score, as of <paramref name="asOf"/>.</summary>
    public ScoringOutput Run(ScoringData data, DateTime asOf, RunOptions? options = null)
    {
        var output = CreateOutput(data);
        Run(data, asOf, output, options);
        return output;
    }

    /// <summary>
    /// Scores into an existing output (reusable across evaluation dates, e.g. for history, S27): every score that has
    /// columns in <paramref name="output"/>. <paramref name="data"/> must have been built against this program's schema.
    /// </summary>
    public void Run(ScoringData data, DateTime asOf, ScoringOutput output, RunOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(output);
        SchemaCompatibility.Check(Program.Schema, data.Schema);
        foreach (var score in Scores)
        {
            if (output.TryGet(score.Name, out var columns))
            {
                score.Run(data, asOf, columns!, options);
            }
        }
    }

    /// <summary>
    /// One evaluator record scored on the compiled path (the CLI's <c>test</c> runs in-file tests this way): the result
    /// has the score, parts, tier and every group's total before and after its limit; rule details are left empty.
    /// </summary>
    public ScoreResult Evaluate(string scoreName, RecordData record, DateTime asOf)
    {
        var compiled = this[scoreName];
        var (data, rows) = RecordDataConverter.Convert(Program.Schema, [record]);
        var output = ScoringOutput.Create([compiled.Score], data, withRawTotals: true);
        var columns = output[scoreName];
        compiled.Run(data, asOf, columns, RunOptions.Default with { MaxDegreeOfParallelism = 1 });
        return ToResult(columns, rows[0], record.Id, asOf);
    }

    /// <summary>The rule-by-rule explanation of one record of <paramref name="data"/> (S28), by the reference evaluator.</summary>
    public ScoreResult Explain(ScoringData data, string scoreName, string recordId, DateTime asOf)
    {
        var score = this[scoreName].Score;
        var row = data.RecordsOf(score.RecordTypeName).RowOf(recordId);
        if (row < 0)
        {
            throw new ArgumentException($"There is no {score.RecordTypeName} '{recordId}' in the data.", nameof(recordId));
        }

        return ReferenceEvaluator.Evaluate(Program, score, RecordDataExtractor.Extract(data, score.RecordTypeName, row), ToUtc(asOf));
    }

    /// <summary>The values one row got, in the evaluator's result shape (rules not included).</summary>
    public static ScoreResult ToResult(ScoreColumns columns, int row, string recordId, DateTime asOf)
    {
        ArgumentNullException.ThrowIfNull(columns);
        if (!columns.IsScored(row))
        {
            return new ScoreResult(columns.Name, recordId, asOf, false, null, null, null, null, []);
        }

        var groups = columns.Score.Groups.Select((group, g) =>
        {
            var value = columns.Groups[g][row];
            var raw = columns.GroupRawTotals?[g][row] ?? value;
            return new GroupResult(group.Name, raw, value, group.Limit is { } limit && raw >= limit, []);
        });
        return new ScoreResult(
            columns.Name,
            recordId,
            asOf,
            true,
            columns.Values[row],
            columns.EngagementOf(row),
            columns.FitOf(row),
            columns.TierOf(row),
            [.. groups]);
    }

    /// <summary>Evaluation dates are UTC; a local time is converted, an unspecified one is taken as UTC.</summary>
    internal static DateTime ToUtc(DateTime time) => time.Kind switch
    {
        DateTimeKind.Local => time.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(time, DateTimeKind.Utc),
        _ => time,
    };
}
