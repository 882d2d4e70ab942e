using System.Collections.Immutable;
using ScoreLang.Semantics;

namespace ScoreLang.Evaluation;

/// <summary>
/// The reference evaluator: a plain tree-walk over the bound model that computes one score for one record at one
/// evaluation date, with a rule-by-rule explanation (S28). It is the oracle the compiled scorers must agree with, so
/// it favours being obviously right over being fast. The steps are those of docs/language.md, "Evaluation, step by
/// step": filters (S20), rules (S10-S12, S17-S19), groups with limit then floor (S13, S16), the total with limit then
/// floor (S14-S16), the parts of a combined score (S7) and the tier (S23, S24).
/// </summary>
public sealed class ReferenceEvaluator
{
    private readonly BoundProgram _program;

    public ReferenceEvaluator(BoundProgram program)
    {
        _program = program;
    }

    /// <summary>Evaluates <paramref name="score"/> of <paramref name="program"/> for one record.</summary>
    public static ScoreResult Evaluate(BoundProgram program, ScoreSymbol score, RecordData record, DateTime asOf) =>
        new ReferenceEvaluator(program).Evaluate(score, record, asOf);

    public ScoreResult Evaluate(ScoreSymbol score, RecordData record, DateTime asOf)
    {
        var expressions = new ExpressionEvaluator(_program.Schema, asOf);
        if (!IsScored(score, record, expressions))
        {
            // Not scored (S20): every value is empty, which is different from 0.
            return new ScoreResult(score.Name, record.Id, asOf, false, null, null, null, null, []);
        }

        // A company's engagement is its contacts' activity plus its own (S2).
        var events = record.Events.AddRange(record.Contacts.SelectMany(contact => contact.Events));
        var rules = new RuleEvaluator(expressions, asOf);
        var groups = score.Groups.Select(group => EvaluateGroup(score, group, record, events, rules)).ToImmutableArray();

        var total = ApplyLimitAndFloor(groups.Sum(g => g.Value), score.Limit, score.AllowNegative);
        double? engagement = null, fit = null;
        string? tier;
        if (score.Kind == ScoreKind.Combined)
        {
            engagement = PartTotal(score, groups, ScorePart.Engagement);
            fit = PartTotal(score, groups, ScorePart.Fit);
            tier = CombinedTier(score, total, engagement.Value, fit.Value);
        }
        else
        {
            tier = score.Thresholds.IsEmpty ? null : score.Thresholds[0].Classify(total);
        }

        return new ScoreResult(score.Name, record.Id, asOf, true, total, engagement, fit, tier, groups);
    }

    /// <summary>
    /// S20: scored when the record matches at least one include filter (or there is none) and no exclude filter.
    /// </summary>
    public bool IsScored(ScoreSymbol score, RecordData record, DateTime asOf) =>
        IsScored(score, record, new ExpressionEvaluator(_program.Schema, asOf));

    private static bool IsScored(ScoreSymbol score, RecordData record, ExpressionEvaluator expressions)
    {
        bool Matches(BoundFilter filter) => filter.ListName is not null
            ? expressions.IsMember(filter.ListName, record)
            : filter.Condition is not null && expressions.IsTrue(filter.Condition, record);

        var includes = score.Filters.Where(f => !f.IsExclude).ToList();
        return (includes.Count == 0 || includes.Exists(Matches)) && !score.Filters.Any(f => f.IsExclude && Matches(f));
    }

    private static GroupResult EvaluateGroup(
        ScoreSymbol score, GroupSymbol group, RecordData record, IReadOnlyList<EventData> events, RuleEvaluator rules)
    {
        // Fit never decays (S6): neither a fit score's groups nor a combined score's fit groups.
        var mayDecay = score.Kind != ScoreKind.Fit && group.Part == ScorePart.Engagement;
        var results = group.Rules.Select(rule => rules.Evaluate(rule, record, events, mayDecay)).ToImmutableArray();
        var raw = results.Sum(r => r.Points);
        var value = ApplyLimitAndFloor(raw, group.Limit, score.AllowNegative);
        return new GroupResult(group.Name, raw, value, group.Limit is not null && raw >= group.Limit.Value, results);
    }

    /// <summary>The limit caps first, then the floor (0 unless <c>floor none</c>) raises (S13, S14, S16).</summary>
    internal static double ApplyLimitAndFloor(double value, double? limit, bool allowNegative)
    {
        var capped = limit is null ? value : Math.Min(value, limit.Value);
        return allowNegative ? capped : Math.Max(0.0, capped);
    }

    /// <summary>A combined score's engagement or fit value: the sum of its groups of that part (S7).</summary>
    private static double PartTotal(ScoreSymbol score, ImmutableArray<GroupResult> groups, ScorePart part)
    {
        var total = 0.0;
        for (var i = 0; i < score.Groups.Length; i++)
        {
            if (score.Groups[i].Part == part)
            {
                total += groups[i].Value;
            }
        }

        return total;
    }

    /// <summary>
    /// S24: the fit label followed by the engagement label ("C1"); no tier when either part falls in no band. A
    /// combined score that only has a set for the whole score classifies the total instead.
    /// </summary>
    private static string? CombinedTier(ScoreSymbol score, double total, double engagement, double fit)
    {
        var fitSet = score.Thresholds.FirstOrDefault(t => t.Part == ScorePart.Fit);
        var engagementSet = score.Thresholds.FirstOrDefault(t => t.Part == ScorePart.Engagement);
        if (fitSet is not null && engagementSet is not null)
        {
            var fitLabel = fitSet.Classify(fit);
            var engagementLabel = engagementSet.Classify(engagement);
            return fitLabel is null || engagementLabel is null ? null : fitLabel + engagementLabel;
        }

        return score.Thresholds.FirstOrDefault(t => t.Part is null)?.Classify(total);
    }
}
