using System.Globalization;
using System.Text;
using ScoreLang.Semantics;

namespace ScoreLang.LanguageServer.Hovers;

/// <summary>
/// The hover of a rule: where it sits, its points, what it matches in plain words, and how its points decay with the
/// event's age (S9-S12, S17-S19).
/// </summary>
internal static class RuleHover
{
    public static string Markdown(BoundRule rule, ScoreSymbol? score, GroupSymbol? group)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"**{(rule is BoundEventRule ? "Event rule" : "Property rule")}** `{ConditionText.Points(rule.Points)}`");
        if (group is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $" in group `{group.Name}`");
        }

        if (score is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $" of score `{score.Name}`");
        }

        text.Append("\n\n");
        switch (rule)
        {
            case BoundEventRule eventRule:
                AppendEventRule(text, eventRule);
                break;
            case BoundPropertyRule propertyRule:
                text.Append(CultureInfo.InvariantCulture, $"{ConditionText.Points(rule.Points)} points while {ConditionText.Describe(propertyRule.Condition)}; nothing once it no longer holds. Never decays.\n");
                break;
        }

        return text.ToString();
    }

    private static void AppendEventRule(StringBuilder text, BoundEventRule rule)
    {
        var points = ConditionText.Points(rule.Points);
        var events = $"`{rule.EventType.Name}` event" + (rule.Where is { } where ? $" where {ConditionText.Describe(where)}" : string.Empty);
        if (rule.Count is { } count)
        {
            var range = count.To is null ? $"{count.From} or more" : count.From == count.To ? $"exactly {count.From}" : $"{count.From} to {count.To}";
            text.Append(CultureInfo.InvariantCulture, $"{points} points once when there are {range} of: {events}s (not cumulative with other ranges, S12; never decays).\n");
        }
        else if (rule.Once)
        {
            text.Append(CultureInfo.InvariantCulture, $"{points} points once, for the most recent {events}.\n");
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture, $"{points} points for each {events}.\n");
        }

        if (rule.Within is { } within)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nOnly events of the last {within} count.\n");
        }

        if (rule.Count is null && rule.Decay is { Form: not Syntax.DecayForm.None } decay)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n**Decay** {DecayText(decay)}: {DecaySchedule.Line(rule.Points, decay)}\n\n");
            text.Append(DecaySchedule.Table(rule.Points, decay));
        }
        else if (rule.Count is null)
        {
            text.Append("\nNo decay.\n");
        }
    }

    public static string DecayText(DecaySpec decay) => decay.Form switch
    {
        Syntax.DecayForm.Stepped => $"{ConditionText.Number(decay.Percent)}% every {decay.Period}",
        Syntax.DecayForm.Linear => $"{ConditionText.Number(decay.Percent)}% over {decay.Period}, day by day",
        Syntax.DecayForm.HalfLife => $"half-life {decay.Period}",
        _ => "none",
    };
}
