using ScoreLang.Syntax;

namespace ScoreLang.Formatting;

/// <summary>
/// Prints the rules of a group, one per line, and the clauses rules and groups share: points (always signed:
/// <c>+15</c>, <c>-20</c>), ranges (<c>2..5</c>, <c>6..</c>), limits (<c>limit 25%</c>) and decay
/// (<c>decay 50% every 1 month</c>, <c>decay half-life 30 days</c>, <c>no decay</c>).
/// </summary>
internal sealed class RulePrinter(FormatWriter w, ExpressionPrinter expressions)
{
    public void Print(RuleSyntax rule)
    {
        switch (rule)
        {
            case EventRuleSyntax eventRule:
                PrintEventRule(eventRule);
                break;
            case PropertyRuleSyntax propertyRule:
                // S11: a property rule scores a condition on the record itself.
                w.Word("when");
                expressions.Print(propertyRule.Condition);
                Points(propertyRule.Points);
                break;
            default:
                throw new FormatterException($"Cannot print {rule.GetType().Name}.");
        }
    }

    /// <summary>Points carry their sign: an unsigned <c>15</c> is written <c>+15</c>.</summary>
    public void Points(PointsSyntax points)
    {
        if (!w.Optional(TokenKind.Plus, "+", spaceBefore: true) && !w.Optional(TokenKind.Minus, "-", spaceBefore: true))
        {
            w.Synthesize(points.Value < 0 ? "-" : "+", spaceBefore: true);
        }

        w.Number(spaceBefore: false);
    }

    /// <summary><c>70..100</c>, <c>65..</c> or a single <c>3</c>.</summary>
    public void Range(RangeSyntax range, bool spaceBefore = true)
    {
        if (range.From is not null)
        {
            w.Number(spaceBefore);
        }

        if (!range.IsSingleValue)
        {
            w.Punct(TokenKind.DotDot, "..", spaceBefore: range.From is null && spaceBefore);
            if (range.To is not null)
            {
                w.Number(spaceBefore: false);
            }
        }
    }

    /// <summary><c>limit 60</c> or <c>limit 25%</c> (S33).</summary>
    public void Limit(GroupLimitSyntax limit)
    {
        w.Word("limit");
        w.Number();
        if (limit.IsPercent)
        {
            w.Punct(TokenKind.Percent, "%");
        }
    }

    /// <summary>The decay schedules of S17-S19.</summary>
    public void Decay(DecaySyntax decay)
    {
        switch (decay.Form)
        {
            case DecayForm.Stepped or DecayForm.Linear:
                w.Word("decay");
                w.Number();
                w.Punct(TokenKind.Percent, "%");
                w.Word(decay.Form == DecayForm.Stepped ? "every" : "over");
                expressions.Duration(decay.Period!);
                break;
            case DecayForm.HalfLife:
                w.Word("decay");
                w.Word("half");
                w.Punct(TokenKind.Minus, "-");
                w.Word("life", spaceBefore: false);
                expressions.Duration(decay.Period!);
                break;
            case DecayForm.None:
                w.Word("no");
                w.Word("decay");
                break;
            default:
                throw new FormatterException($"Unknown decay form {decay.Form}.");
        }
    }

    private void PrintEventRule(EventRuleSyntax rule)
    {
        w.Word("event");
        w.Name(rule.EventType);
        if (rule.Where is not null)
        {
            w.Word("where");
            expressions.Print(rule.Where);
        }

        if (rule.Count is not null)
        {
            // S12: a count range selects how many events the rule needs.
            w.Word("count");
            Range(rule.Count);
        }

        if (rule.Within is not null)
        {
            w.Word("within");
            w.Word("last");
            expressions.Duration(rule.Within);
        }

        if (rule.Once)
        {
            w.Word("once");
        }

        Points(rule.Points);
        if (rule.Decay is not null)
        {
            Decay(rule.Decay);
        }
    }
}
