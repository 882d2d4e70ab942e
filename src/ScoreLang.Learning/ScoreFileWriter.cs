using System.Globalization;
using System.Text;
using ScoreLang.Formatting;

namespace ScoreLang.Learning;

/// <summary>
/// Writes a learned score as an ordinary, formatted .score file: a header comment with the data, the outcome, the
/// date and the cross-validated quality; one group per property; thresholds from the data; tests from held-out records.
/// The same inputs give the same text, byte for byte.
/// </summary>
public static class ScoreFileWriter
{
    public static string Write(LearnedScore learned, string scoreName, string schemaImport, string dataDescription, DateTime asOf, LearnOptions options)
    {
        ArgumentNullException.ThrowIfNull(learned);
        ArgumentNullException.ThrowIfNull(options);
        var text = new StringBuilder();
        void Line(string line = "") => text.Append(line).Append('\n');
        string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

        Line(F($"// Learned by scorelang learn from {dataDescription}, as of {asOf:yyyy-MM-dd}:"));
        Line(F($"// {learned.Records} {learned.RecordType} records with a known '{learned.OutcomeName}', {learned.Converted} of them converted ({(double)learned.Converted / learned.Records:P1})."));
        foreach (var note in learned.OutcomeNotes)
        {
            Line($"// {note}");
        }

        Line(F($"// {options.Folds}-fold stratified cross-validation (seed {options.Seed}): held-out AUC {learned.Auc:0.000} (folds {learned.FoldAucs.Min():0.000} to {learned.FoldAucs.Max():0.000});"));
        Line(F($"// a plain logistic regression on the same bins: {learned.RegressionAuc:0.000}."));
        Line("// Conversion per band on the data:");
        foreach (var band in learned.Bands)
        {
            Line(F($"//   {band.Label,-7} {band.From,3}..{band.To,-3} {band.Records,8} records, {band.Rate:P1} converted"));
        }

        foreach (var warning in learned.Warnings)
        {
            Line($"// Note: {warning}");
        }

        Line("// Edit it like any score file; `scorelang evaluate` measures it again on new data.");
        Line();
        Line($"import {LiteralText.String(schemaImport)}");
        Line();
        Line($"score {scoreName} for {learned.RecordType} \"Learned from {learned.OutcomeName}\" {{");
        // Event rules make it an engagement score (S5); its property groups are allowed there and never decay.
        var events = learned.Rules.Where(r => r.IsEvent).ToList();
        Line(events.Count == 0 ? "  kind fit" : "  kind engagement");
        Line(F($"  limit {learned.Limit}"));
        foreach (var property in learned.Rules.Where(r => !r.IsEvent).GroupBy(r => r.Property, StringComparer.Ordinal))
        {
            Line();
            Line($"  group {property.Key} \"{property.Key}\" {{");
            foreach (var rule in property)
            {
                Line(F($"    when {rule.Condition} {Points(rule.Points)}"));
            }

            Line("  }");
        }

        if (events.Count > 0)
        {
            // One group for every event rule, so that negative points (S9) subtract from the others' and the floor at 0
            // (S16) applies to their sum only.
            var name = learned.Rules.Any(r => !r.IsEvent && r.Property == "activity") ? "event_activity" : "activity";
            Line();
            Line($"  group {name} \"Activity\" {{");
            foreach (var rule in events)
            {
                Line(F($"    {rule.Condition} {Points(rule.Points)}"));
            }

            Line("  }");
        }

        Line();
        Line("  thresholds {");
        foreach (var band in learned.Bands)
        {
            Line(F($"    {band.Label} {band.From}..{band.To}"));
        }

        Line("  }");
        foreach (var test in learned.Tests)
        {
            Line();
            Line($"  test {LiteralText.String("held-out record " + test.RecordId)} {{");
            if (test.AsOf is { } asOfLiteral)
            {
                Line($"    as of {asOfLiteral}");
            }

            if (test.Given.Length > 0)
            {
                Line($"    given {{ {string.Join(", ", test.Given.Select(g => $"{g.Property}: {g.Literal}"))} }}");
            }

            foreach (var (type, at, times) in test.Events)
            {
                Line(F($"    event {type}{(times > 1 ? $" x{times}" : "")} at {at}"));
            }

            Line(F($"    expect score == {test.Score}"));
            Line($"    expect tier == {test.Tier}");
            Line("  }");
        }

        Line("}");
        return text.ToString();
    }

    private static string Points(int points) => points < 0 ? points.ToString(CultureInfo.InvariantCulture) : "+" + points.ToString(CultureInfo.InvariantCulture);
}
