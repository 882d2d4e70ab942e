using ScoreLang.Semantics;
using ScoreLang.Syntax;

namespace ScoreLang.Compiler.Generation;

/// <summary>
/// The locals one event rule keeps while its loop reads the record's events, and the lines that update them per
/// occurrence and turn them into the rule's contribution (S10, S12, S17-S19): every occurrence's decayed points summed
/// oldest first, the most recent occurrence's decayed points for <c>once</c>, the undecayed points for a count in
/// range, or (merge, S2) the occurrences of every associated record summed in time order. Shared by a rule's own loop
/// and the pass that serves several rules of one event type, so both compute the same value the same way.
/// </summary>
internal sealed class RuleState
{
    private readonly BoundEventRule _rule;
    private readonly string? _factor;
    private readonly (string Ticks, string Values)? _merge;
    private readonly string _points;
    private readonly string _count;
    private readonly string _sum;
    private readonly string _latest;
    private readonly DecayForm? _decayForm;

    /// <param name="rule">The rule.</param>
    /// <param name="decay">The rule's decay, if any.</param>
    /// <param name="factor">The decay local, or null when every occurrence counts fully.</param>
    /// <param name="merge">The scratch buffers when the occurrences of several records are merged in time order (S2).</param>
    /// <param name="locals">Where the per-record names come from.</param>
    public RuleState(BoundEventRule rule, DecaySpec? decay, string? factor, (string Ticks, string Values)? merge, MethodLocals locals)
    {
        _rule = rule;
        _decayForm = decay?.Form;
        _factor = factor;
        _merge = merge;
        _points = CSharpText.Double(rule.Points);
        _count = locals.NewName(Seen ? "seen" : "count");
        _sum = locals.NewName("sum");
        _latest = locals.NewName("latest");
    }

    private bool Sums => _rule.Count is null && !_rule.Once;

    /// <summary>
    /// A C# expression of the instant before which this rule's occurrences add exactly 0 (a stepped decay that has
    /// taken all its steps, <c>Decay.ZeroBefore</c>), or null when every occurrence may count: a count needs every
    /// occurrence, and a merge (S2) reads events out of time order.
    /// </summary>
    public string? ZeroBefore =>
        _rule.Count is null && _merge is null && _factor is not null && _decayForm == DecayForm.Stepped ? $"{_factor}.ZeroBefore" : null;

    // `once … no decay` only needs to know whether an occurrence was seen: a flag, no count and no latest time.
    private bool Seen => _rule.Once && _factor is null && _rule.Count is null;

    /// <summary>Whether the first matching occurrence decides the rule (<c>once … no decay</c>), so a loop of its own can stop there.</summary>
    public bool DecidedByFirstOccurrence => Seen;

    public void Declare(CodeWriter writer)
    {
        if (Seen)
        {
            writer.Line($"bool {_count} = false;");
            return;
        }

        if (_rule.Count is not null || _rule.Once)
        {
            writer.Line($"int {_count} = 0;");
        }

        if (Sums && _merge is null)
        {
            writer.Line($"double {_sum} = 0d;");
        }

        if (_rule.Once)
        {
            writer.Line($"long {_latest} = long.MinValue;");
        }
    }

    /// <summary>The lines for one matching occurrence at time <c>t</c>.</summary>
    /// <param name="writer">Where the lines go.</param>
    /// <param name="latestMayBeOlder">Whether occurrences can come out of time order (a company's contacts, S2).</param>
    public void Occurrence(CodeWriter writer, bool latestMayBeOlder)
    {
        if (Seen)
        {
            writer.Line($"{_count} = true;");
            return;
        }

        if (_rule.Count is not null || _rule.Once)
        {
            writer.Line($"{_count}++;");
        }

        if (_rule.Once)
        {
            writer.Line(latestMayBeOlder ? $"if (t > {_latest}) {_latest} = t;" : $"{_latest} = t;");
        }
        else if (_rule.Count is null)
        {
            var term = _factor is null ? _points : $"{_points} * {_factor}.Factor(t)";
            writer.Line(_merge is { } buffers ? $"Rt.Append(ref {buffers.Ticks}, ref {buffers.Values}, ref mergeCount, t, {term});" : $"{_sum} += {term};");
        }
    }

    /// <summary>Adds the rule's contribution to <paramref name="target"/> once its events have been read.</summary>
    public void Contribute(CodeWriter writer, string target)
    {
        if (_rule.Count is { } range)
        {
            var inRange = $"{_count} >= {CSharpText.Int(range.From)}" + (range.To is { } to ? $" && {_count} <= {CSharpText.Int(to)}" : string.Empty);
            writer.Line($"{target} += {inRange} ? {_points} : 0d; // count {CSharpText.Comment(range.ToString())}, never decayed (S12)");
        }
        else if (Seen)
        {
            writer.Line($"{target} += {_count} ? {_points} : 0d; // once, no decay: any occurrence");
        }
        else if (_rule.Once)
        {
            var value = _factor is null ? _points : $"{_points} * {_factor}.Factor({_latest})";
            writer.Line($"{target} += {_count} > 0 ? {value} : 0d; // once: the most recent occurrence");
        }
        else if (_merge is { } buffers)
        {
            writer.Line($"{target} += Rt.SumInTimeOrder({buffers.Ticks}, {buffers.Values}, mergeCount); // every contact's occurrences, oldest first (S2)");
            writer.Line("mergeCount = 0;");
        }
        else
        {
            writer.Line($"{target} += {_sum};");
        }
    }
}
