using System.Collections.Immutable;
using ScoreLang.Evaluation;
using ScoreLang.Runtime;
using ScoreLang.Runtime.Building;
using ScoreLang.Runtime.Output;
using ScoreLang.Semantics;

namespace ScoreLang.Reports;

/// <summary>
/// What the compiled output does not keep, measured with the reference evaluator (S28) on an evenly spread sample of
/// scored records: the points each rule gave (before group limits) and engagement points by the age of their events
/// (S17-S19). The sample is bounded, so the cost does not grow with the run; the report says how large it was.
/// </summary>
internal sealed class RuleSampler(BoundProgram program, ScoringData data, DateTime asOf)
{
    /// <summary>Event ages, in whole days before the evaluation date, that the decay section groups points by.</summary>
    public static ImmutableArray<(string Label, int From, int? To)> AgeBuckets { get; } =
    [
        ("0-7 days", 0, 7),
        ("8-30 days", 8, 30),
        ("31-91 days", 31, 91),
        ("92-182 days", 92, 182),
        ("183-365 days", 183, 365),
        ("366+ days", 366, null),
    ];

    private readonly ReferenceEvaluator _evaluator = new(program);

    /// <summary>Up to <paramref name="size"/> scored rows, evenly spread over the batch (deterministic).</summary>
    public static ImmutableArray<int> SampleRows(ScoreColumns columns, int size)
    {
        var scored = columns.Scored.CountSet();
        if (scored == 0 || size <= 0)
        {
            return [];
        }

        var stride = Math.Max(1, scored / size);
        var rows = ImmutableArray.CreateBuilder<int>(Math.Min(size, scored));
        var seen = 0;
        for (var row = 0; row < columns.Count && rows.Count < size; row++)
        {
            if (columns.IsScored(row) && seen++ % stride == 0)
            {
                rows.Add(row);
            }
        }

        return rows.ToImmutable();
    }

    public RuleSample SampleRules(ScoreColumns columns, int size)
    {
        var score = columns.Score;
        var rows = SampleRows(columns, size);
        var matched = score.Groups.Select(g => new long[g.Rules.Length]).ToArray();
        var points = score.Groups.Select(g => new double[g.Rules.Length]).ToArray();
        foreach (var row in rows)
        {
            var result = _evaluator.Evaluate(score, RecordDataExtractor.Extract(data, score.RecordTypeName, row), asOf);
            for (var g = 0; g < result.Groups.Length; g++)
            {
                for (var r = 0; r < result.Groups[g].Rules.Length; r++)
                {
                    var rule = result.Groups[g].Rules[r];
                    if (rule.Matched)
                    {
                        matched[g][r]++;
                        points[g][r] += rule.Points;
                    }
                }
            }
        }

        var rules = score.Groups.SelectMany((group, g) => group.Rules.Select((rule, r) => new RuleAggregate(group.Name, rule, matched[g][r], points[g][r])));
        return new RuleSample(rows.Length, [.. rules]);
    }

    /// <summary>
    /// Null when the score has no per-occurrence event rule in an engagement group. Each sampled record is evaluated once
    /// per age bucket with only that bucket's events, so a bucket's points are exactly what its events gave. Rules
    /// counted "once" or by a count range give points per record, not per event, and are left out.
    /// </summary>
    public DecaySample? SampleDecay(ScoreColumns columns, int size)
    {
        var score = columns.Score;
        if (!score.Groups.Any(g => g.Part == ScorePart.Engagement && g.Rules.Any(IsPerOccurrence)))
        {
            return null;
        }

        var rows = SampleRows(columns, size);
        var events = new long[AgeBuckets.Length];
        var raw = new double[AgeBuckets.Length];
        var decayed = new double[AgeBuckets.Length];
        foreach (var row in rows)
        {
            var record = RecordDataExtractor.Extract(data, score.RecordTypeName, row);
            for (var b = 0; b < AgeBuckets.Length; b++)
            {
                var (_, from, to) = AgeBuckets[b];
                bool InBucket(EventData e)
                {
                    var age = DecayCalculator.WholeDays(e.Timestamp, asOf);
                    return e.Timestamp <= asOf && age >= from && (to is null || age <= to);
                }

                var only = record with
                {
                    Events = [.. record.Events.Where(InBucket)],
                    Contacts = [.. record.Contacts.Select(c => c with { Events = [.. c.Events.Where(InBucket)] })],
                };
                var result = _evaluator.Evaluate(score, only, asOf);
                foreach (var group in result.Groups.Where((_, g) => score.Groups[g].Part == ScorePart.Engagement))
                {
                    foreach (var rule in group.Rules.Where(r => r.Matched && IsPerOccurrence(r.Rule)))
                    {
                        events[b] += rule.Occurrences;
                        raw[b] += rule.RawPoints;
                        decayed[b] += rule.Points;
                    }
                }
            }
        }

        return new DecaySample(
            rows.Length,
            [.. AgeBuckets.Select((bucket, b) => new DecayBucket(bucket.Label, bucket.From, bucket.To, events[b], raw[b], decayed[b]))]);
    }

    private static bool IsPerOccurrence(BoundRule rule) => rule is BoundEventRule { Once: false, Count: null };
}
