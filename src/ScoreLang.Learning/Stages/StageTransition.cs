using System.Globalization;
using System.Text.RegularExpressions;
using ScoreLang.Semantics;

namespace ScoreLang.Learning.Stages;

/// <summary>
/// A stage-transition outcome (S29): a record converts when it reaches <see cref="End"/> within <see cref="Window"/> of
/// the moment it entered <see cref="Start"/>. Written on the command line as <c>mql -> won within 90 days</c>; each stage
/// names an event type of the record type (entered at its first occurrence) or a date or datetime property (entered at
/// its value), see <see cref="StageDates"/>.
/// </summary>
public sealed partial record StageTransition(string Start, string End, Duration Window)
{
    /// <summary>
    /// The transition written in <paramref name="text"/>, or null when the text is not one (no <c>-></c>: the outcome is then
    /// a bool property). A text with <c>-></c> that does not follow the syntax is an error that shows the syntax.
    /// </summary>
    public static StageTransition? TryParse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Contains("->", StringComparison.Ordinal))
        {
            return null;
        }

        var match = Syntax().Match(text);
        if (!match.Success)
        {
            throw new LearningException($"'{text}' is not a stage transition: write it as 'START -> END within N days' (or weeks, months, years; '90d' for short), where START and END are event types or date properties of the records.");
        }

        var amount = int.Parse(match.Groups["amount"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        if (amount < 1)
        {
            throw new LearningException($"'{text}': the time frame must be at least 1 {match.Groups["unit"].Value}.");
        }

        var unit = match.Groups["unit"].Value.ToUpperInvariant() switch
        {
            "D" or "DAY" or "DAYS" => DurationUnit.Day,
            "W" or "WEEK" or "WEEKS" => DurationUnit.Week,
            "M" or "MONTH" or "MONTHS" => DurationUnit.Month,
            _ => DurationUnit.Year,
        };
        return new StageTransition(match.Groups["start"].Value, match.Groups["end"].Value, new Duration(amount, unit));
    }

    /// <summary>The canonical text, as the learned file's header and the reports name the outcome.</summary>
    public override string ToString() => $"{Start} -> {End} within {Window}";

    [GeneratedRegex(@"^\s*(?<start>[A-Za-z_][A-Za-z0-9_]*)\s*->\s*(?<end>[A-Za-z_][A-Za-z0-9_]*)\s+within\s+(?<amount>[0-9]{1,5})\s*(?<unit>days?|weeks?|months?|years?|d|w|m|y)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Syntax();
}
