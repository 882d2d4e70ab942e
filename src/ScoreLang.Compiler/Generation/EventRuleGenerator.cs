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

    /// <summary>
    /// Whether <paramref name="rule"/> reads the scored record's own events, so that it can share one pass over them
    /// with the other rules of its event type (<see cref="WriteShared"/>); rules over another record type's events
    /// (S2) keep their own loop.
    /// </summary>
    public bool ReadsOwnEvents(BoundEventRule rule) =>
        _schema.Events.TryGetValue(rule.EventType.Name, out var declared) && declared.RecordTypeName == _recordType.Name;

    public void Write(CodeWriter writer, BoundEventRule rule, DecaySpec? decay, string target)
    {
        var eventType = _schema.Events.TryGetValue(rule.EventType.Name, out var declared) ? declared : rule.EventType;
        if (!TryGetSource(eventType, out var reverseSource))
        {
            // No event of this type can belong to the record: the rule sees no occurrence.
            if (rule.Count is not null && rule.Count.Contains(0))
            {
                writer.Line($"{target} += {CSharpText.Double(rule.Points)}; // no occurrence can match; the count 0 is in range");
            }

            return;
        }

        var table = _locals.EventTable(eventType.Name);
        var offsets = _locals.EventOffsets(table);
        var ticks = _locals.EventTicks(table);
        var merge = reverseSource is not null && rule.Count is null && !rule.Once;
        var state = new RuleState(rule, decay, FactorOf(decay), merge ? _locals.MergeBuffers() : null, _locals);

        writer.Open();
        state.Declare(writer);
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

        var e = OpenEventLoop(writer, offsets, ticks, row, state.ZeroBefore);
        if (rule.Within is not null)
        {
            writer.Line($"if (t < {_locals.ShiftedBack(rule.Within)}) continue; // within last {CSharpText.Comment(rule.Within.ToString())}");
        }

        if (rule.Where is not null)
        {
            writer.Line($"if ({Syntax.Not(WhereCondition(rule.Where, eventType, table, e))}) continue; // where");
        }

        // Each record's events are in time order, but a company's contacts (S2) are not: keep the latest.
        state.Occurrence(writer, latestMayBeOlder: reverseSource is not null);
        if (state.DecidedByFirstOccurrence)
        {
            writer.Line("break; // once, no decay: the first occurrence decides");
        }

        writer.Close();
        if (reverseSource is not null)
        {
            writer.Close();
        }

        state.Contribute(writer, target);
        writer.Close();
    }

    /// <summary>
    /// Writes one pass over the record's own events of <paramref name="eventType"/> for several rules at once (issue 5:
    /// a hand-written loop reads each event type once), each rule keeping its own count, sum or latest time, so every
    /// rule's contribution is computed exactly as <see cref="Write"/> computes it (every occurrence oldest first) and
    /// stored in its <see cref="SharedEventRule.Contribution"/> local, which the group then adds in declaration order.
    /// </summary>
    public void WriteShared(CodeWriter writer, EventTypeSymbol eventType, IReadOnlyList<SharedEventRule> rules)
    {
        foreach (var shared in rules)
        {
            writer.Line($"double {shared.Contribution} = 0d;");
        }

        var table = _locals.EventTable(eventType.Name);
        var offsets = _locals.EventOffsets(table);
        var ticks = _locals.EventTicks(table);
        writer.Open();
        var states = rules.Select(shared => new RuleState(shared.Rule, shared.Decay, FactorOf(shared.Decay), null, _locals)).ToList();
        foreach (var state in states)
        {
            state.Declare(writer);
        }

        // The pass may skip old events only when every rule it serves would add 0 for them: from the earliest horizon.
        var zeroBefore = states.All(state => state.ZeroBefore is not null)
            ? states.Select(state => state.ZeroBefore!).Distinct(StringComparer.Ordinal).Aggregate((a, b) => $"Math.Min({a}, {b})")
            : null;
        var e = OpenEventLoop(writer, offsets, ticks, "r", zeroBefore);
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i].Rule;
            writer.Line($"// {SourceComments.Where(rule.Location)}: {SourceComments.RuleText(rule.Text)}");
            var applies = rule.Within is null ? "true" : $"t >= {_locals.ShiftedBack(rule.Within)}";
            if (rule.Where is not null)
            {
                applies = Syntax.And(applies, WhereCondition(rule.Where, eventType, table, e));
            }

            if (applies == "true")
            {
                states[i].Occurrence(writer, latestMayBeOlder: false);
                continue;
            }

            writer.Open($"if ({Syntax.Unwrap(applies)})");
            states[i].Occurrence(writer, latestMayBeOlder: false);
            writer.Close();
        }

        writer.Close();
        for (var i = 0; i < rules.Count; i++)
        {
            states[i].Contribute(writer, rules[i].Contribution);
        }

        writer.Close();
    }

    private string OpenEventLoop(CodeWriter writer, string offsets, string ticks, string row, string? zeroBefore)
    {
        var e = _locals.NewName("e");
        var from = zeroBefore is null
            ? $"{offsets}[{row}]"
            : $"Rt.SkipBefore({ticks}, {offsets}[{row}], {offsets}[{row} + 1], {zeroBefore})";
        if (zeroBefore is not null)
        {
            writer.Line("// Events before the decay's horizon would add exactly 0 (S18): the loop starts after them.");
        }

        writer.Open($"for (int {e} = {from}, {e}End = {offsets}[{row} + 1]; {e} < {e}End; {e}++)");

        writer.Line($"long t = {ticks}[{e}];");
        writer.Line("if (t > asOf) break; // events after the evaluation date never count (S19)");
        return e;
    }

    private string WhereCondition(BoundExpression where, EventTypeSymbol eventType, string table, string e) =>
        _expressions.Condition(where, new EventScope(eventType, table, e));

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
