using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using ScoreLang.Runtime;
using ScoreLang.Runtime.Columns;

namespace ScoreLang.Reports;

/// <summary>The whole report, computed: what <see cref="HtmlReportWriter"/> renders.</summary>
internal sealed record ScoringReport(
    ReportRequest Request,
    ImmutableArray<(string RecordType, int Count)> Records,
    long EventCount,
    ImmutableArray<ScoreAggregate> Scores,
    RecordReport? Record,
    ImmutableArray<string> Notes)
{
    /// <summary>Time spent in the one pass over the output, and in the evaluator's samples (rules, decay, the record).</summary>
    public (TimeSpan Pass, TimeSpan Samples) Timings { get; init; }

    /// <summary>Aggregates every score of the request's output; per-rule and decay figures come from bounded samples.</summary>
    public static ScoringReport Build(ReportRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var notes = ImmutableArray.CreateBuilder<string>();
        var notCompared = new List<string>();
        var noOutcome = new List<string>();
        var sampler = new RuleSampler(request.Program, request.Data, request.AsOf);
        var scores = ImmutableArray.CreateBuilder<ScoreAggregate>();
        var pass = new Stopwatch();
        var samples = new Stopwatch();
        foreach (var columns in request.Output.Scores)
        {
            var batch = request.Data.RecordsOf(columns.RecordTypeName);
            var aggregator = new ScoreAggregator(columns, batch)
            {
                Previous = request.Previous,
                Comparison = ComparisonFor(request, columns.Name, notCompared),
                Converted = request.Outcome is null ? null : ConversionTest(batch, request.Outcome),
                CrossingsListed = request.Options.CrossingsListed,
            };
            pass.Start();
            var aggregate = aggregator.Aggregate();
            pass.Stop();
            samples.Start();
            scores.Add(aggregate with
            {
                Rules = sampler.SampleRules(columns, request.Options.RuleSampleSize),
                Decay = sampler.SampleDecay(columns, request.Options.DecaySampleSize),
            });
            samples.Stop();
            if (request.Previous is not null && !request.Previous.Has(columns.Score))
            {
                notes.Add($"{request.Previous.Path} has no column '{columns.Score.Outputs.Score}': no crossings for {columns.Name}.");
            }

            if (request.Outcome is not null && batch.RecordType.FindProperty(request.Outcome.Property) is null)
            {
                noOutcome.Add(columns.Name);
            }
        }

        if (notCompared.Count > 0)
        {
            notes.Add($"{request.Comparison!.Label} has no score {string.Join(", ", notCompared)}: no before/after matrix for {(notCompared.Count == 1 ? "it" : "them")} (S26).");
        }

        if (noOutcome.Count > 0)
        {
            notes.Add($"No conversion figures for {string.Join(", ", noOutcome)}: their records have no property '{request.Outcome!.Property}'.");
        }

        samples.Start();
        var record = request.RecordId is null
            ? null
            : RecordReport.Build(request.Program, request.Data, request.RecordId, request.AsOf, request.Options.HistoryMonths)
                ?? throw new ArgumentException($"No record has the id '{request.RecordId}'.", nameof(request));
        samples.Stop();
        return new ScoringReport(
            request,
            [.. request.Data.Records.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => (r.Key, r.Value.Count))],
            request.Data.EventCount,
            scores.ToImmutable(),
            record,
            notes.ToImmutable())
        {
            Timings = (pass.Elapsed, samples.Elapsed),
        };
    }

    private static (string, Runtime.Output.ScoreColumns, RecordBatch)? ComparisonFor(ReportRequest request, string scoreName, List<string> notCompared)
    {
        if (request.Comparison is not { } comparison)
        {
            return null;
        }

        if (!comparison.Output.TryGet(scoreName, out var old))
        {
            notCompared.Add(scoreName);
            return null;
        }

        return (comparison.Label, old!, comparison.Data.RecordsOf(old!.RecordTypeName));
    }

    /// <summary>Whether a row converted (see <see cref="OutcomeSpec"/>); null when the record type lacks the property.</summary>
    internal static Func<int, bool>? ConversionTest(RecordBatch batch, OutcomeSpec outcome)
    {
        if (batch.RecordType.FindProperty(outcome.Property) is null)
        {
            return null;
        }

        var column = batch.Column(outcome.Property);
        if (column is BoolColumn bools && outcome.Value is null)
        {
            return row => bools.Known[row] && bools.Values[row];
        }

        return row => column.GetValue(row) is { } value && (outcome.Value is null
            ? Text(value).Length > 0
            : string.Equals(Text(value), outcome.Value, StringComparison.Ordinal));
    }

    private static string Text(object value) => value switch
    {
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
