using System.Globalization;
using ScoreLang.Evaluation;

namespace ScoreLang.Reports;

/// <summary>One record's part of the page: its score history (S27) as a chart and a table, and each score's rule-by-rule explanation (S28).</summary>
internal sealed class RecordSectionWriter(TextWriter writer, ChartRenderer charts)
{
    public void Write(RecordReport record)
    {
        writer.WriteLine("<section class=\"card record\" id=\"record\">");
        writer.WriteLine($"<h2>Record {Html.Escape(record.Id)} ({Html.Escape(record.RecordType)})</h2>");
        if (record.Scores.IsEmpty)
        {
            writer.WriteLine("<p>No score is defined for this record type.</p></section>");
            return;
        }

        writer.WriteLine("<h3>Score history (S27)</h3>");
        writer.WriteLine("<p class=\"note\">The record re-evaluated at the start of each month by the reference evaluator: events after each date do not count (S19); properties are their current values.</p>");
        writer.WriteLine(charts.History(
            [.. record.Scores.Select(s => (s.Score.Name, (IReadOnlyList<ScoreResult>)s.History))],
            $"Line chart of the scores of {record.Id} over time"));
        var dates = record.Scores[0].History.Select(h => h.AsOf).ToList();
        Html.Table(
            writer,
            $"Scores of {record.Id} by date (empty: not scored)",
            ["date", .. record.Scores.Select(s => s.Score.Name)],
            dates.Select((date, d) => (IReadOnlyList<string>)
            [
                Html.Date(date),
                .. record.Scores.Select(s => s.History[d].Score is { } value ? $"{Html.Number(value)}{Tier(s.History[d])}" : string.Empty),
            ]));

        foreach (var score in record.Scores)
        {
            WriteExplanation(score.Explanation);
        }

        writer.WriteLine("</section>");
    }

    private static string Tier(ScoreResult result) => result.Tier is null ? string.Empty : $" ({result.Tier})";

    private void WriteExplanation(ScoreResult result)
    {
        writer.WriteLine($"<h3>Explanation: {Html.Escape(result.ScoreName)} as of {Html.Date(result.AsOf)} (S28)</h3>");
        if (!result.IsScored)
        {
            writer.WriteLine("<p>Not scored: the record is excluded, so its score properties stay empty (S20).</p>");
            return;
        }

        writer.WriteLine($"<p>Score <strong>{Html.Number(result.Score ?? 0)}</strong>, tier <strong>{Html.Escape(result.Tier ?? "(none)")}</strong>" +
            (result.Engagement is { } engagement ? $"; engagement {Html.Number(engagement)}, fit {Html.Number(result.Fit ?? 0)}" : string.Empty) + ".</p>");
        writer.WriteLine("<table class=\"explain\"><caption>Every rule: whether it matched, occurrences, points before and after decay; each group before and after its limit</caption>");
        writer.WriteLine("<thead><tr><th scope=\"col\">rule</th><th scope=\"col\">matched</th><th scope=\"col\">occurrences</th><th scope=\"col\">original points</th><th scope=\"col\">points</th></tr></thead><tbody>");
        foreach (var group in result.Groups)
        {
            var limit = group.LimitReached ? " — limit reached" : string.Empty;
            writer.WriteLine($"<tr class=\"group\"><th scope=\"row\" colspan=\"3\">group {Html.Escape(group.Name)}{limit}</th><td>{Html.Number(group.RawTotal)}</td><td>{Html.Number(group.Value)}</td></tr>");
            foreach (var rule in group.Rules)
            {
                var line = rule.Rule.Location.LineSpan.Start.Line + 1;
                writer.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"<tr class=\"{(rule.Matched ? "matched" : "unmatched")}\"><td class=\"rule-text\">{Html.Escape(rule.Rule.Text)} <small>(line {line})</small></td><td>{(rule.Matched ? "yes" : "no")}</td><td>{rule.Occurrences}</td><td>{Html.Number(rule.RawPoints)}</td><td>{Html.Number(rule.Points)}</td></tr>"));
            }
        }

        writer.WriteLine("</tbody></table>");
    }
}
