using System.Globalization;
using System.Text;
using ScoreLang.Formatting;

namespace ScoreLang.Learning;

/// <summary>
/// Writes a learned score as an ordinary, formatted .score file: a header comment with the data, the outcome, the
/// date and the cross-validated quality; one group of rules; thresholds from the data; tests from held-out records.
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
        // Event rules make it an engagement score (S5); property rules are allowed there and never decay.
        Line($"  kind {learned.Kind}");
        Line(F($"  limit {learned.Limit}"));
        Line();
        // One group for every rule, properties first: negative points (S9) then subtract from whatever else the record
        // earned, and the floor at 0 (S16) applies to the sum only, as the learner computed it. Separate groups per
        // property would each be floored at 0, and a negative bin could never subtract.
        Line("  group learned \"Learned points\" {");
        foreach (var rule in learned.Rules.Where(r => !r.IsEvent).Concat(learned.Rules.Where(r => r.IsEvent)))
        {
            Line(F($"    {(rule.IsEvent ? "" : "when ")}{rule.Condition} {Points(rule.Points)}{(rule.Decay is null ? "" : " " + rule.Decay)}"));
        }

        Line("  }");
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

    /// <summary>The score's name when none is given: after its kind, <c>learned_fit</c> or <c>learned_engagement</c>.</summary>
    public static string DefaultName(LearnedScore learned)
    {
        ArgumentNullException.ThrowIfNull(learned);
        return "learned_" + learned.Kind;
    }

    private static string Points(int points) => points < 0 ? points.ToString(CultureInfo.InvariantCulture) : "+" + points.ToString(CultureInfo.InvariantCulture);
}
