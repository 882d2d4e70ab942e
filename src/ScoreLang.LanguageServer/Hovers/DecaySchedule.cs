using System.Globalization;
using System.Text;
using ScoreLang.Evaluation;
using ScoreLang.Semantics;
using ScoreLang.Syntax;

namespace ScoreLang.LanguageServer.Hovers;

/// <summary>
/// What a rule's points become as its event ages, for the rule hover (S17-S19): a line such as
/// "10 → 5 after 1 month → 0 after 2 months" and the same as a small markdown table. Computed with the reference
/// evaluator's <see cref="DecayCalculator"/>, so the preview cannot disagree with the tests.
/// </summary>
internal static class DecaySchedule
{
    private const int MaxSteps = 6;

    /// <summary>The points at increasing ages: the first entry is age zero.</summary>
    public static IReadOnlyList<(string Age, double Points)> Steps(double points, DecaySpec decay)
    {
        // Any fixed event date works; a mid-year one keeps calendar months ordinary.
        var eventTime = new DateTime(2025, 1, 15, 0, 0, 0, DateTimeKind.Utc);
        var steps = new List<(string, double)> { ("new", points) };
        foreach (var (age, count) in Ages(decay))
        {
            var factor = DecayCalculator.Factor(decay, eventTime, age.AddTo(eventTime, count));
            var value = Math.Round(points * factor, 2);
            steps.Add((new Duration(age.Amount * count, age.Unit).ToString(), value));
            if (value == 0)
            {
                break;
            }
        }

        return steps;
    }

    /// <summary>"10 → 5 after 1 month → 0 after 2 months".</summary>
    public static string Line(double points, DecaySpec decay)
    {
        var steps = Steps(points, decay);
        var text = new StringBuilder(ConditionText.Number(steps[0].Points));
        foreach (var (age, value) in steps.Skip(1))
        {
            text.Append(CultureInfo.InvariantCulture, $" → {ConditionText.Number(value)} after {age}");
        }

        if (steps[^1].Points != 0 && decay.Form != DecayForm.None)
        {
            text.Append(" → …");
        }

        return text.ToString();
    }

    public static string Table(double points, DecaySpec decay)
    {
        var text = new StringBuilder("| Age | Points |\n|---|---:|\n");
        foreach (var (age, value) in Steps(points, decay))
        {
            text.Append(CultureInfo.InvariantCulture, $"| {age} | {ConditionText.Number(value)} |\n");
        }

        return text.ToString();
    }

    /// <summary>
    /// The ages to show: each period for a stepped decay (where the value changes), each unit of the period for a
    /// linear one (3 months: after 1, 2 and 3 months), each period for a half-life.
    /// </summary>
    private static IEnumerable<(Duration Age, int Count)> Ages(DecaySpec decay)
    {
        if (decay.Form == DecayForm.None || decay.Period.Amount <= 0)
        {
            yield break;
        }

        if (decay.Form == DecayForm.Linear && decay.Period.Amount is > 1 and <= MaxSteps)
        {
            var unit = new Duration(1, decay.Period.Unit);
            for (var i = 1; i <= MaxSteps * 2; i++)
            {
                yield return (unit, i);
            }

            yield break;
        }

        for (var i = 1; i <= MaxSteps; i++)
        {
            yield return (decay.Period, i);
        }
    }
}
