using System.Globalization;
using System.Text;
using ScoreLang.Syntax;

namespace ScoreLang.Semantics;

/// <summary>
/// Plain-text descriptions of symbols and rules for hovers and the CLI, and the capacity arithmetic they share with the
/// binder's limit checks: what a group can contribute at most (S13, S14).
/// </summary>
public static class SymbolDescriber
{
    /// <summary>
    /// The most a group can contribute: the sum of its positive points, capped by its limit. Null means unbounded: a
    /// rule counting every occurrence (no <c>count</c>, no <c>once</c>) has no maximum unless the group has a limit.
    /// </summary>
    public static double? MaxContribution(GroupSymbol group)
    {
        var unbounded = group.Rules.Any(r => r.Points > 0 && r is BoundEventRule { Count: null, Once: false });
        var sum = group.Rules.Where(r => r.Points > 0).Sum(r => r.Points);
        return group.Limit is { } limit ? (unbounded ? limit : Math.Min(limit, sum)) : unbounded ? null : sum;
    }

    /// <summary>The most the whole score can reach: its groups' capacities, capped by the score limit; null when unbounded.</summary>
    public static double? MaxContribution(ScoreSymbol score)
    {
        var capacities = score.Groups.Select(MaxContribution).ToList();
        double? sum = capacities.All(c => c is not null) ? capacities.Sum(c => c!.Value) : null;
        return score.Limit is { } limit ? Math.Min(limit, sum ?? limit) : sum;
    }

    public static string Describe(Symbol symbol) => symbol switch
    {
        PropertySymbol p => $"{p.OwnerName}.{p.Name}: {p.Type}" + Suffix(p.Description),
        RecordTypeSymbol r => $"record {r.Name}" + Suffix(r.Description) + Environment.NewLine
            + string.Join(Environment.NewLine, r.Properties.Select(p => $"  {p.Name}: {p.Type}")),
        EventTypeSymbol e => $"event {e.Name} on {e.RecordTypeName}" + Suffix(e.Description) + Environment.NewLine
            + string.Join(Environment.NewLine, e.Attributes.Select(a => $"  {a.Name}: {a.Type}").Append("  timestamp: datetime (implicit)")),
        ListSymbol l => $"list {l.Name} of {l.RecordTypeName}" + Suffix(l.Description) + (l.IsStatic ? " (static membership)" : " (defined by a condition)"),
        GroupSymbol g => DescribeGroup(g),
        ScoreSymbol s => DescribeScore(s),
        _ => symbol.Name,
    };

    public static string Describe(BoundRule rule)
    {
        var points = Points(rule.Points);
        return rule switch
        {
            BoundEventRule { Count: { } count } counted => $"{points} once when the number of matching '{counted.EventType.Name}' events is {count} (never decays)",
            BoundEventRule e => $"{points} {(e.Once ? "once (the most recent occurrence)" : "per occurrence")}"
                + (e.Within is { } within ? $", events of the last {within}" : string.Empty)
                + ", " + Describe(e.Decay) + Schedule(e.Points, e.Decay),
            _ => $"{points} while the condition holds (S11)",
        };
    }

    public static string Describe(DecaySpec? decay) => decay switch
    {
        null => "no decay",
        { Form: DecayForm.Stepped } => $"decays {Number(decay.Percent)}% every {decay.Period}",
        { Form: DecayForm.Linear } => $"decays {Number(decay.Percent)}% over {decay.Period}, day by day",
        { Form: DecayForm.HalfLife } => $"halves every {decay.Period}",
        _ => "no decay",
    };

    /// <summary>What the points become with age (S18): "10 → 5 after 1 month → 0 after 2 months".</summary>
    public static string Schedule(double points, DecaySpec? decay)
    {
        if (decay is null || points == 0)
        {
            return string.Empty;
        }

        var steps = new List<string> { Number(points) };
        switch (decay.Form)
        {
            case DecayForm.Stepped:
                for (var k = 1; k <= 4; k++)
                {
                    var factor = Math.Max(0, 1 - (decay.Percent / 100 * k));
                    steps.Add($"{Number(points * factor)} after {new Duration(decay.Period.Amount * k, decay.Period.Unit)}");
                    if (factor == 0)
                    {
                        break;
                    }
                }

                break;
            case DecayForm.Linear:
                steps.Add($"{Number(points * Math.Max(0, 1 - (decay.Percent / 100)))} after {decay.Period} (day by day)");
                break;
            default:
                steps.Add($"{Number(points / 2)} after {decay.Period}");
                steps.Add($"{Number(points / 4)} after {new Duration(decay.Period.Amount * 2, decay.Period.Unit)}");
                break;
        }

        return ": " + string.Join(" → ", steps);
    }

    private static string DescribeGroup(GroupSymbol group)
    {
        var max = MaxContribution(group);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{(group.Part == ScorePart.Fit ? "fit" : "engagement")} group {group.Name}{Suffix(group.Title)}");
        text.AppendLine();
        text.Append(CultureInfo.InvariantCulture, $"  limit: {(group.Limit is { } limit ? Number(limit) : "none")}; ");
        text.Append(CultureInfo.InvariantCulture, $"can contribute at most {(max is { } m ? Number(m) : "unbounded")}");
        var rawSum = group.Rules.Where(r => r.Points > 0).Sum(r => r.Points);
        if (group.Limit is { } l && max is not null && rawSum > l)
        {
            text.Append(CultureInfo.InvariantCulture, $" (its rules add up to {Number(rawSum)})");
        }

        text.AppendLine();
        text.Append(CultureInfo.InvariantCulture, $"  decay: {Describe(group.Decay)}");
        return text.ToString();
    }

    private static string DescribeScore(ScoreSymbol score)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{score.Kind.ToString().ToLowerInvariant()} score {score.Name} for {score.RecordTypeName}{Suffix(score.Title)}");
        text.AppendLine();
        var max = MaxContribution(score);
        text.Append(CultureInfo.InvariantCulture, $"  limit: {(score.Limit is { } limit ? Number(limit) : "none")}; can reach at most {(max is { } m ? Number(m) : "unbounded")}; ");
        text.Append(score.AllowNegative ? "may go negative" : "never below 0");
        text.AppendLine();
        text.Append(CultureInfo.InvariantCulture, $"  writes: {score.Outputs.Score}, {score.Outputs.Tier}");
        if (score.Outputs.Engagement is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $", {score.Outputs.Engagement}, {score.Outputs.Fit}");
        }

        foreach (var group in score.Groups)
        {
            var capacity = MaxContribution(group);
            text.AppendLine();
            text.Append(CultureInfo.InvariantCulture, $"  group {group.Name}: up to {(capacity is { } c ? Number(c) : "unbounded")}");
        }

        foreach (var set in score.Thresholds)
        {
            text.AppendLine();
            var part = set.Part is { } p ? p.ToString().ToLowerInvariant() + " " : string.Empty;
            text.Append(CultureInfo.InvariantCulture, $"  {part}thresholds: {string.Join(", ", set.Bands.Select(b => $"{b.Label} {new CountRange(b.From, b.To)}"))}");
        }

        return text.ToString();
    }

    private static string Points(double points) => (points >= 0 ? "+" : string.Empty) + Number(points);

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Suffix(string? description) => description is null ? string.Empty : $" \"{description}\"";
}
