using System.Globalization;
using ScoreLang.Semantics;

namespace ScoreLang.Compiler.Generation;

/// <summary>
/// Writes the method of one score: columns and evaluation-date values read once per range, then for each record the
/// steps of docs/language.md "Evaluation, step by step" in the evaluator's arithmetic order: filters (S20), each
/// group's rules summed from 0 in declaration order, the group limit then floor (S13, S16), the group values summed,
/// the score limit then floor (S14), a combined score's parts (S7), the tier (S23, S24).
/// </summary>
internal sealed class ScoreGenerator
{
    private readonly SchemaModel _schema;
    private readonly ClassData _data;

    public ScoreGenerator(SchemaModel schema, ClassData data)
    {
        _schema = schema;
        _data = data;
    }

    public void Write(CodeWriter writer, ScoreSymbol score, string methodName)
    {
        if (!_schema.Records.TryGetValue(score.RecordTypeName, out var recordType))
        {
            throw new ArgumentException($"Score '{score.Name}' is for '{score.RecordTypeName}', which the schema does not declare.", nameof(score));
        }

        var locals = new MethodLocals(_data);
        var expressions = new ExpressionGenerator(_schema, recordType, locals, _data);
        var events = new EventRuleGenerator(_schema, recordType, locals, expressions);
        var associated = AssociatedRuleTables.Plan(_schema, recordType, score, _data, methodName);
        var body = new CodeWriter();
        WriteFilters(body, score, expressions);
        var shared = SharedEventPasses.Write(body, score, events, locals);
        for (var g = 0; g < score.Groups.Length; g++)
        {
            WriteGroup(body, score, score.Groups[g], g, new RuleWriters(expressions, events, associated, locals), shared);
        }

        WriteTotals(body, score);
        WriteOutputs(body, score);

        writer.Line($"// score {CSharpText.Comment(score.Name)} ({score.Kind.ToString().ToLowerInvariant()}) for {CSharpText.Comment(score.RecordTypeName)}: {SourceComments.Where(score.Location)}");
        writer.Open($"public static void {methodName}(ScoringData data, ScoreColumns output, int start, int end, long asOf)");
        foreach (var line in locals.Prologue)
        {
            writer.Line(line);
        }

        WriteOutputLocals(writer, score);
        writer.Open("for (int r = start; r < end; r++)");
        foreach (var line in locals.PerRecord)
        {
            writer.Line(line);
        }

        writer.Lines(body);
        writer.Close();
        writer.Close();
        associated.Write(writer);
    }

    private static void WriteFilters(CodeWriter body, ScoreSymbol score, ExpressionGenerator expressions)
    {
        string Matches(BoundFilter filter) => filter.ListName is not null
            ? expressions.IsMember(filter.ListName)
            : filter.Condition is not null ? expressions.Condition(filter.Condition, null) : "false";

        var includes = score.Filters.Where(f => !f.IsExclude).ToList();
        var included = includes.Count == 0 ? "true" : includes.Select(Matches).Aggregate("false", Generation.Syntax.Or);
        var excluded = score.Filters.Where(f => f.IsExclude).Select(Matches).Aggregate("false", Generation.Syntax.Or);
        var scored = Generation.Syntax.And(included, Generation.Syntax.Not(excluded));
        if (scored == "true")
        {
            return;
        }

        body.Line("// Which records are scored (S20): any include (or none) and no exclude; the others are empty, not 0.");
        body.Open($"if ({Generation.Syntax.Unwrap(Generation.Syntax.Not(scored))})");
        body.Line("outScored[r >> 6] &= ~(1UL << r);");
        body.Line("outScore[r] = 0d;");
        if (score.Kind == ScoreKind.Combined)
        {
            body.Line("outEngagement[r] = 0d;");
            body.Line("outFit[r] = 0d;");
        }

        for (var g = 0; g < score.Groups.Length; g++)
        {
            body.Line($"outGroup{g}[r] = 0d;");
            body.Line($"if (outRaw{g} != null) outRaw{g}[r] = 0d;");
        }

        body.Line("outTier[r] = -1;");
        body.Line("continue;");
        body.Close();
    }

    /// <summary>Whether a group's event rules decay: fit never does (S6), neither a fit score's groups nor a combined score's fit groups.</summary>
    public static bool MayDecay(ScoreSymbol score, GroupSymbol group) => score.Kind != ScoreKind.Fit && group.Part == ScorePart.Engagement;

    private static void WriteGroup(
        CodeWriter body,
        ScoreSymbol score,
        GroupSymbol group,
        int index,
        RuleWriters writers,
        IReadOnlyDictionary<BoundEventRule, string> shared)
    {
        var raw = $"g{index}";
        var limit = group.Limit is { } value ? " limit " + value.ToString("R", CultureInfo.InvariantCulture) : string.Empty;
        body.Line();
        body.Line($"// group {CSharpText.Comment(group.Name)} ({group.Part.ToString().ToLowerInvariant()}){limit}: {SourceComments.Where(group.Location)}");
        body.Line($"double {raw} = 0d;");

        var mayDecay = MayDecay(score, group);
        foreach (var rule in group.Rules)
        {
            body.Line($"// {SourceComments.Where(rule.Location)}: {SourceComments.RuleText(rule.Text)}");
            switch (rule)
            {
                case BoundEventRule eventRule when shared.TryGetValue(eventRule, out var contribution):
                    body.Line($"{raw} += {contribution};");
                    break;
                case BoundEventRule eventRule:
                    writers.Events.Write(body, eventRule, mayDecay ? eventRule.Decay : null, raw);
                    break;
                case BoundPropertyRule propertyRule:
                    var condition = writers.Associated.Condition(propertyRule, writers.Locals) ?? writers.Expressions.Condition(propertyRule.Condition, null);
                    body.Line($"{raw} += {condition} ? {CSharpText.Double(rule.Points)} : 0d;");
                    break;
                default:
                    body.Line($"{raw} += 0d;");
                    break;
            }
        }

        body.Line($"double g{index}v = {LimitAndFloor(raw, group.Limit, score.AllowNegative)};");
    }

    /// <summary>What writes a group's rules: conditions, event rules, and conditions decided per associated record.</summary>
    private sealed record RuleWriters(ExpressionGenerator Expressions, EventRuleGenerator Events, AssociatedRuleTables Associated, MethodLocals Locals);

    private static void WriteTotals(CodeWriter body, ScoreSymbol score)
    {
        body.Line();
        body.Line("// The total: the group values summed, then the score limit, then the floor (S14, S16).");
        body.Line("double total = 0d;");
        for (var g = 0; g < score.Groups.Length; g++)
        {
            body.Line($"total += g{g}v;");
        }

        if (score.Limit is not null || !score.AllowNegative)
        {
            body.Line($"total = {LimitAndFloor("total", score.Limit, score.AllowNegative)};");
        }
        if (score.Kind == ScoreKind.Combined)
        {
            body.Line("// A combined score's parts: the sums of its engagement and fit groups (S7).");
            foreach (var (part, name) in new[] { (ScorePart.Engagement, "engagement"), (ScorePart.Fit, "fit") })
            {
                body.Line($"double {name} = 0d;");
                for (var g = 0; g < score.Groups.Length; g++)
                {
                    if (score.Groups[g].Part == part)
                    {
                        body.Line($"{name} += g{g}v;");
                    }
                }
            }
        }

        WriteTier(body, score);
    }

    private static void WriteTier(CodeWriter body, ScoreSymbol score)
    {
        body.Line("int tier = -1;");
        var fitSet = score.Thresholds.FirstOrDefault(t => t.Part == ScorePart.Fit);
        var engagementSet = score.Thresholds.FirstOrDefault(t => t.Part == ScorePart.Engagement);
        if (score.Kind == ScoreKind.Combined && fitSet is not null && engagementSet is not null)
        {
            body.Line("// The tier: the fit label followed by the engagement label (S24); none when either part is in no band.");
            body.Line("int fitBand = -1;");
            WriteBands(body, fitSet, "fit", "fitBand");
            body.Line("int engagementBand = -1;");
            WriteBands(body, engagementSet, "engagement", "engagementBand");
            body.Line($"if (fitBand >= 0 && engagementBand >= 0) tier = (fitBand * {CSharpText.Int(engagementSet.Bands.Length)}) + engagementBand;");
            return;
        }

        var set = score.Kind == ScoreKind.Combined ? score.Thresholds.FirstOrDefault(t => t.Part is null) : score.Thresholds.FirstOrDefault();
        if (set is not null)
        {
            body.Line("// The tier (S23): the first band with from <= v < to + 1.");
            WriteBands(body, set, "total", "tier");
        }
    }

    private static void WriteBands(CodeWriter body, ThresholdSet set, string value, string target)
    {
        for (var b = 0; b < set.Bands.Length; b++)
        {
            var band = set.Bands[b];
            var test = $"{value} >= {CSharpText.Double(band.From)}";
            if (band.To is { } to)
            {
                test += $" && {value} < {CSharpText.Double(unchecked(to + 1))}";
            }

            body.Line($"{(b == 0 ? "if" : "else if")} ({test}) {target} = {CSharpText.Int(b)}; // {CSharpText.Comment(band.Label)}");
        }
    }

    private static void WriteOutputs(CodeWriter body, ScoreSymbol score)
    {
        body.Line();
        body.Line("outScored[r >> 6] |= 1UL << r;");
        body.Line("outScore[r] = total;");
        if (score.Kind == ScoreKind.Combined)
        {
            body.Line("outEngagement[r] = engagement;");
            body.Line("outFit[r] = fit;");
        }

        for (var g = 0; g < score.Groups.Length; g++)
        {
            body.Line($"outGroup{g}[r] = g{g}v;");
            body.Line($"if (outRaw{g} != null) outRaw{g}[r] = g{g};");
        }

        body.Line("outTier[r] = tier;");
    }

    private static void WriteOutputLocals(CodeWriter writer, ScoreSymbol score)
    {
        writer.Line("ulong[] outScored = output.Scored.Words;");
        writer.Line("double[] outScore = output.Values;");
        if (score.Kind == ScoreKind.Combined)
        {
            writer.Line("double[] outEngagement = output.Engagement;");
            writer.Line("double[] outFit = output.Fit;");
        }

        writer.Line("int[] outTier = output.Tiers;");
        writer.Line("double[][] rawTotals = output.GroupRawTotals;");
        for (var g = 0; g < score.Groups.Length; g++)
        {
            writer.Line($"double[] outGroup{g} = output.Groups[{g}]; // {CSharpText.Comment(score.Groups[g].Name)}");
            writer.Line($"double[] outRaw{g} = rawTotals == null ? null : rawTotals[{g}];");
        }
    }

    /// <summary>The limit caps first, then the floor (0 unless <c>floor none</c>) raises (S13, S14, S16).</summary>
    private static string LimitAndFloor(string value, double? limit, bool allowNegative)
    {
        var capped = limit is { } max ? $"Math.Min({value}, {CSharpText.Double(max)})" : value;
        return allowNegative ? capped : $"Math.Max(0d, {capped})";
    }
}
