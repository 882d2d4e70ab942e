using ScoreLang.Runtime.Building;
using ScoreLang.Semantics;
using ScoreLang.Syntax;

namespace ScoreLang.Compiler.Generation;

/// <summary>
/// Writes the loop of one event rule (S10, S12, S17-S19) for the record <c>r</c>: over its own events of the type, or,
/// when the type belongs to another record type (a company score over contact events, S2), over the events of every
/// record whose first association to the scored type points at <c>r</c> (the reverse index). Events are sorted by
/// time, so the loop stops at the first event after the evaluation date. The contribution is added to
/// the group total exactly as the evaluator computes it: every occurrence's decayed points summed oldest
/// first, the most recent occurrence's decayed points for <c>once</c>, the undecayed points for a count in range.
/// </summary>
internal sealed class EventRuleGenerator
{
    private readonly SchemaModel _schema;
    private readonly RecordTypeSymbol _recordType;
    private readonly MethodLocals _locals;
    private readonly ExpressionGenerator _expressions;

    public EventRuleGenerator(SchemaModel schema, RecordTypeSymbol recordType, MethodLocals locals, ExpressionGenerator expressions)
    {
        _schema = schema;
        _recordType = recordType;
        _locals = locals;
        _expressions = expressions;
    }

    public void Write(CodeWriter writer, BoundEventRule rule, DecaySpec? decay, string target)
    {
        var points = CSharpText.Double(rule.Points);
        var eventType = _schema.Events.TryGetValue(rule.EventType.Name, out var declared) ? declared : rule.EventType;
        if (!TryGetSource(eventType, out var reverseSource))
        {
            // No event of this type can belong to the record: the rule sees no occurrence.
            if (rule.Count is not null && rule.Count.Contains(0))
            {
                writer.Line($"{target} += {points}; // no occurrence can match; the count 0 is in range");
            }

            return;
        }

        var table = _locals.EventTable(eventType.Name);
        var offsets = _locals.EventOffsets(table);
        var ticks = _locals.EventTicks(table);
        var factor = FactorOf(decay);
        var merge = reverseSource is not null && rule.Count is null && !rule.Once;
        var count = _locals.NewName("count");
        var sum = _locals.NewName("sum");
        var latest = _locals.NewName("latest");
        var (mergeTicks, mergeValues) = merge ? _locals.MergeBuffers() : (string.Empty, string.Empty);

        writer.Open();
        if (rule.Count is not null || rule.Once)
        {
            writer.Line($"int {count} = 0;");
        }

        if (rule.Count is null && !rule.Once && !merge)
        {
            writer.Line($"double {sum} = 0d;");
        }

        if (rule.Once)
        {
            writer.Line($"long {latest} = long.MinValue;");
        }

        string row;
        if (reverseSource is { } reverse)
        {
            var (reverseOffsets, reverseRows) = reverse;
            var contact = _locals.NewName("source");
            row = _locals.NewName("sourceRow");
            writer.Open($"for (int {contact} = {reverseOffsets}[r]; {contact} < {reverseOffsets}[r + 1]; {contact}++)");
            writer.Line($"int {row} = {reverseRows}[{contact}];");
        }
        else
        {
            row = "r";
        }

        var e = _locals.NewName("e");
        writer.Open($"for (int {e} = {offsets}[{row}], {e}End = {offsets}[{row} + 1]; {e} < {e}End; {e}++)");
        writer.Line($"long t = {ticks}[{e}];");
        writer.Line("if (t > asOf) break; // events after the evaluation date never count (S19)");
        if (rule.Within is not null)
        {
            writer.Line($"if (t < {_locals.ShiftedBack(rule.Within)}) continue; // within last {CSharpText.Comment(rule.Within.ToString())}");
        }

        if (rule.Where is not null)
        {
            var where = _expressions.Condition(rule.Where, new EventScope(eventType, table, e));
            writer.Line($"if ({Syntax.Not(where)}) continue; // where");
        }

        if (rule.Count is not null || rule.Once)
        {
            writer.Line($"{count}++;");
        }

        if (rule.Once)
        {
            // Each record's events are in time order, but a company's contacts (S2) are not: keep the latest.
            writer.Line(reverseSource is null ? $"{latest} = t;" : $"if (t > {latest}) {latest} = t;");
        }
        else if (rule.Count is null)
        {
            var term = factor is null ? points : $"{points} * {factor}.Factor(t)";
            writer.Line(merge ? $"Rt.Append(ref {mergeTicks}, ref {mergeValues}, ref mergeCount, t, {term});" : $"{sum} += {term};");
        }

        writer.Close();
        if (reverseSource is not null)
        {
            writer.Close();
        }

        if (rule.Count is { } range)
        {
            var inRange = $"{count} >= {CSharpText.Int(range.From)}" + (range.To is { } to ? $" && {count} <= {CSharpText.Int(to)}" : string.Empty);
            writer.Line($"{target} += {inRange} ? {points} : 0d; // count {CSharpText.Comment(range.ToString())}, never decayed (S12)");
        }
        else if (rule.Once)
        {
            var value = factor is null ? points : $"{points} * {factor}.Factor({latest})";
            writer.Line($"{target} += {count} > 0 ? {value} : 0d; // once: the most recent occurrence");
        }
        else if (merge)
        {
            writer.Line($"{target} += Rt.SumInTimeOrder({mergeTicks}, {mergeValues}, mergeCount); // every contact's occurrences, oldest first (S2)");
            writer.Line("mergeCount = 0;");
        }
        else
        {
            writer.Line($"{target} += {sum};");
        }

        writer.Close();
    }

    /// <summary>
    /// Whether events of <paramref name="eventType"/> can belong to a record of the scored type: its own events, or
    /// (<paramref name="reverse"/> set) those of the records pointing at it through their first association to it.
    /// </summary>
    private bool TryGetSource(EventTypeSymbol eventType, out (string Offsets, string Rows)? reverse)
    {
        reverse = null;
        if (!_schema.Events.ContainsKey(eventType.Name))
        {
            return false;
        }

        if (eventType.RecordTypeName == _recordType.Name)
        {
            return true;
        }

        if (!_schema.Records.TryGetValue(eventType.RecordTypeName, out var owner)
            || RecordDataExtractor.FirstAssociationTo(owner, _recordType.Name) is not { } association)
        {
            return false;
        }

        reverse = _locals.Reverse(_locals.RecordBatch(owner.Name), association);
        return true;
    }

    /// <summary>The decay local, or null when the factor is always 1 (no decay, <c>no decay</c>, a zero period or rate).</summary>
    private string? FactorOf(DecaySpec? decay) =>
        decay is null
        || decay.Form is not (DecayForm.Stepped or DecayForm.Linear or DecayForm.HalfLife)
        || decay.Period.Amount <= 0
        || (decay.Form == DecayForm.Stepped && decay.Percent / 100.0 <= 0)
            ? null
            : _locals.Decay(decay);
}
