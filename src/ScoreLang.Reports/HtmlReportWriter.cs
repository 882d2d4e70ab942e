using System.Globalization;
using ScoreLang.Semantics;

namespace ScoreLang.Reports;

/// <summary>
/// Writes a <see cref="ScoringReport"/> as one self-contained HTML page: inline styles, inline SVG charts, no script
/// and no network. Every chart is followed by a table (or text) with the same figures, for screen readers and diffs.
/// </summary>
internal sealed class HtmlReportWriter(TextWriter writer)
{
    private readonly ChartRenderer _charts = new();

    public void Write(ScoringReport report)
    {
        var request = report.Request;
        writer.WriteLine("<!DOCTYPE html>");
        writer.WriteLine("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        writer.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        writer.WriteLine($"<title>{Html.Escape(request.Title)}</title>");
        writer.WriteLine($"<style>{ReportStyles.Css}</style></head><body>");
        writer.WriteLine($"<header><h1>{Html.Escape(request.Title)}</h1>");
        var source = request.DataSource is null ? string.Empty : $" of <code>{Html.Escape(request.DataSource)}</code>";
        writer.WriteLine($"<p class=\"meta\">Scored as of {Html.Date(request.AsOf)}{source}: " +
            $"{string.Join(", ", report.Records.Select(r => $"{Html.Count(r.Count)} {Html.Escape(r.RecordType)} records"))}, {Html.Count(report.EventCount)} events.</p>");
        writer.WriteLine("<nav aria-label=\"Scores\"><ul>");
        foreach (var score in report.Scores)
        {
            writer.WriteLine($"<li><a href=\"#score-{Html.Escape(score.Score.Name)}\">{Html.Escape(score.Score.Name)}</a></li>");
        }

        if (report.Record is { } linked)
        {
            writer.WriteLine($"<li><a href=\"#record\">record {Html.Escape(linked.Id)}</a></li>");
        }

        writer.WriteLine("</ul></nav></header><main>");
        foreach (var note in report.Notes)
        {
            writer.WriteLine($"<p class=\"note\">{Html.Escape(note)}</p>");
        }

        foreach (var score in report.Scores)
        {
            WriteScore(score, request);
        }

        if (report.Record is { } record)
        {
            new RecordSectionWriter(writer, _charts).Write(record);
        }

        writer.WriteLine("</main><footer><p>Distributions, bands, groups, crossings, impact and conversion are counted over every record of the " +
            "scored output in one pass. Rule points and decay come from the reference evaluator on an evenly spread sample of scored " +
            "records (sizes given in each section). Made by scorelang report.</p></footer></body></html>");
    }

    private void WriteScore(ScoreAggregate score, ReportRequest request)
    {
        var symbol = score.Score;
        writer.WriteLine($"<section class=\"card score\" id=\"score-{Html.Escape(symbol.Name)}\">");
        var title = symbol.Title is null ? string.Empty : $" — {Html.Escape(symbol.Title)}";
        writer.WriteLine($"<h2>Score {Html.Escape(symbol.Name)}{title}</h2>");
        writer.WriteLine($"<p class=\"meta\">{symbol.Kind.ToString().ToLowerInvariant()} score of {Html.Escape(symbol.RecordTypeName)} records" +
            (symbol.Limit is { } limit ? $", limit {Html.Number(limit)}" : ", no score limit") + ".</p>");
        writer.WriteLine("<dl class=\"facts\">");
        Fact("records", Html.Count(score.Records));
        Fact("scored", Html.Count(score.Scored));
        Fact("excluded", Html.Count(score.Excluded));
        Fact("mean", Html.Number(score.Mean));
        Fact("min", Html.Number(score.Min));
        Fact("max", Html.Number(score.Max));
        writer.WriteLine("</dl>");

        WriteDistributions(score);
        WriteBands(score);
        WriteGroups(score);
        WriteRules(score);
        WriteDecay(score);
        WriteCrossings(score);
        WriteImpact(score);
        WriteOutcome(score, request.Outcome);
        writer.WriteLine("</section>");
    }

    private void Fact(string name, string value) => writer.WriteLine($"<div><dt>{name}</dt><dd>{value}</dd></div>");

    private void WriteDistributions(ScoreAggregate score)
    {
        writer.WriteLine("<h3>Distribution</h3>");
        foreach (var distribution in score.Distributions)
        {
            var bands = distribution.Thresholds is null ? "no thresholds" : "threshold bands shaded";
            writer.WriteLine(_charts.Histogram(distribution, $"Histogram of {distribution.Name} over {score.Scored} scored records, {bands}"));
            writer.WriteLine("<details><summary>Histogram of " + Html.Escape(distribution.Name) + " as a table</summary>");
            Html.Table(
                writer,
                $"Scored records per bin of {distribution.Name} (from inclusive, to exclusive)",
                ["from", "to", "records"],
                distribution.Bins.Select(b => (IReadOnlyList<string>)[Html.Number(b.From), Html.Number(b.To), Html.Count(b.Count)]));
            writer.WriteLine("</details>");
        }
    }

    private void WriteBands(ScoreAggregate score)
    {
        writer.WriteLine("<h3>Records per band</h3>");
        if (score.Bands.IsEmpty)
        {
            writer.WriteLine("<p>This score has no thresholds (S23).</p>");
            return;
        }

        Html.Table(
            writer,
            $"Scored records per tier of {score.Score.Name} ({Html.Count(score.Excluded)} not scored, S20)",
            ["tier", "records", "share"],
            score.Bands.Select(b => (IReadOnlyList<string>)[b.Label, Html.Count(b.Count), Html.Percent(b.Share)]));
        if (score.TierMatrix is { } matrix)
        {
            writer.WriteLine("<h4>Fit by engagement (S24)</h4>");
            writer.WriteLine(_charts.HeatMap(matrix, $"Heat map of {score.Score.Name} tiers: fit bands by engagement bands"));
            Html.MatrixTable(writer, "Scored records per tier: rows are fit bands (A = high fit), columns engagement bands (1 = high engagement)", matrix);
        }
    }

    private void WriteGroups(ScoreAggregate score)
    {
        writer.WriteLine("<h3>Groups</h3>");
        writer.WriteLine(_charts.Bars(
            [.. score.Groups.Select(g => (g.Group.Name, g.Mean))],
            "mean points per scored record",
            $"Bar chart of the mean contribution of each group of {score.Score.Name}"));
        Html.Table(
            writer,
            "Each group's mean contribution per scored record (after its limit) and how often it reaches its limit (S13)",
            ["group", "part", "limit", "mean", "share of points", "at limit", "at limit %"],
            score.Groups.Select(g => (IReadOnlyList<string>)
            [
                g.Group.Name,
                g.Group.Part.ToString().ToLowerInvariant(),
                g.Group.Limit is { } limit ? Html.Number(limit) : "none",
                Html.Number(g.Mean),
                Html.Percent(g.Share),
                g.Group.Limit is null ? "-" : Html.Count(g.LimitReached),
                g.Group.Limit is null ? "-" : Html.Percent(g.LimitReachedShare),
            ]));
    }

    private void WriteRules(ScoreAggregate score)
    {
        if (score.Rules is not { } sample)
        {
            return;
        }

        writer.WriteLine("<h3>Rules that award the most points</h3>");
        writer.WriteLine($"<p class=\"note\">From the reference evaluator on a sample of {Html.Count(sample.SampleSize)} of " +
            $"{Html.Count(score.Scored)} scored records: points after decay and before group limits.</p>");
        var top = sample.Rules.Where(r => r.Matched > 0).OrderByDescending(r => Math.Abs(r.Points)).Take(10).ToList();
        if (top.Count == 0)
        {
            writer.WriteLine("<p>No rule matched a sampled record.</p>");
            return;
        }

        writer.WriteLine(_charts.Bars(
            [.. top.Select(r => (r.Rule.Text, r.MeanPerRecord(sample.SampleSize)))],
            "mean points per sampled record",
            $"Bar chart of the rules of {score.Score.Name} that award the most points",
            horizontal: true));
        Html.Table(
            writer,
            "Rules by points awarded in the sample",
            ["rule", "group", "records matched", "matched %", "points in all", "mean per record"],
            top.Select(r => (IReadOnlyList<string>)
            [
                r.Rule.Text,
                r.Group,
                Html.Count(r.Matched),
                Html.Percent(sample.SampleSize == 0 ? 0 : (double)r.Matched / sample.SampleSize),
                Html.Number(r.Points),
                Html.Number(r.MeanPerRecord(sample.SampleSize)),
            ]));
    }

    private void WriteDecay(ScoreAggregate score)
    {
        if (score.Decay is not { } decay)
        {
            return;
        }

        writer.WriteLine("<h3>Engagement by event age (decay)</h3>");
        writer.WriteLine($"<p class=\"note\">Points of per-occurrence event rules (S17-S19) by the age of their events on {Html.Count(decay.SampleSize)} sampled records, " +
            "before group limits; rules counted once or by a count range are left out (they give points per record, not per event).</p>");
        var total = decay.TotalPoints;
        writer.WriteLine(_charts.Bars(
            [.. decay.Buckets.Select(b => (b.Label, b.Points))],
            "points after decay",
            $"Bar chart of the engagement points of {score.Score.Name} by event age"));
        Html.Table(
            writer,
            "Engagement points by event age",
            ["event age", "events", "original points", "after decay", "kept", "share of engagement"],
            decay.Buckets.Select(b => (IReadOnlyList<string>)
            [
                b.Label,
                Html.Count(b.Events),
                Html.Number(b.RawPoints),
                Html.Number(b.Points),
                b.RawPoints == 0 ? "-" : Html.Percent(b.Points / b.RawPoints),
                total == 0 ? "-" : Html.Percent(b.Points / total),
            ]));
    }

    private void WriteCrossings(ScoreAggregate score)
    {
        if (score.Crossings is not { } crossings)
        {
            return;
        }

        writer.WriteLine("<h3>Crossings since the previous run (S25)</h3>");
        writer.WriteLine($"<p>Compared with <code>{Html.Escape(crossings.PreviousPath)}</code>: {Html.Count(crossings.Compared)} records in both, " +
            $"<strong>{Html.Count(crossings.Crossed)} crossed a threshold</strong> ({Html.Count(crossings.Up)} up, {Html.Count(crossings.Down)} down), " +
            $"{Html.Count(crossings.New)} new records.</p>");
        writer.WriteLine(_charts.HeatMap(crossings.Matrix, $"Heat map of {score.Score.Name} tiers: earlier run by this run"));
        Html.MatrixTable(writer, "Records by tier in the earlier run (rows) and now (columns)", crossings.Matrix);
        if (!crossings.Largest.IsEmpty)
        {
            Html.Table(
                writer,
                "The largest crossings",
                ["record", "from", "to", "value before", "value now"],
                crossings.Largest.Select(c => (IReadOnlyList<string>)
                [
                    c.RecordId, c.FromTier, c.ToTier, c.FromValue is { } from ? Html.Number(from) : "-", c.ToValue is { } to ? Html.Number(to) : "-",
                ]));
        }
    }

    private void WriteImpact(ScoreAggregate score)
    {
        if (score.Impact is not { } impact)
        {
            return;
        }

        writer.WriteLine("<h3>Impact of the model change (S26)</h3>");
        writer.WriteLine($"<p>Against <code>{Html.Escape(impact.Label)}</code>: {Html.Count(impact.Compared)} records compared, " +
            $"<strong>{Html.Count(impact.Changed)} change band</strong>; mean {Html.Number(impact.MeanBefore)} before, {Html.Number(impact.MeanAfter)} after" +
            (impact.Missing > 0 ? $"; {Html.Count(impact.Missing)} records are not in the other version's data" : string.Empty) + ".</p>");
        writer.WriteLine(_charts.HeatMap(impact.Matrix, $"Heat map of {score.Score.Name} tiers before and after the change"));
        Html.MatrixTable(writer, "Records by tier before the change (rows) and after (columns)", impact.Matrix);
    }

    private void WriteOutcome(ScoreAggregate score, OutcomeSpec? outcome)
    {
        if (outcome is null || score.Outcome.IsEmpty)
        {
            return;
        }

        writer.WriteLine($"<h3>Conversion by band: {Html.Escape(outcome.ToString())}</h3>");
        var bands = score.Outcome.Take(score.Outcome.Length - 1).ToList();
        writer.WriteLine(_charts.Bars(
            [.. bands.Select(b => (b.Label, b.Rate * 100))],
            "conversion %",
            $"Bar chart of the conversion rate per tier of {score.Score.Name}"));
        Html.Table(
            writer,
            "Converted records per tier; lift is the tier's rate over the rate of all scored records",
            ["tier", "records", "converted", "rate", "lift"],
            score.Outcome.Select(b => (IReadOnlyList<string>)
            [
                b.Label, Html.Count(b.Records), Html.Count(b.Converted), Html.Percent(b.Rate), b.Lift.ToString("0.00", CultureInfo.InvariantCulture),
            ]));
    }

    /// <summary>Used by tests to name a score's section.</summary>
    internal static string SectionId(ScoreSymbol score) => $"score-{score.Name}";
}
