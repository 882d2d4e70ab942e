namespace ScoreLang.Reports;

/// <summary>
/// The entry point: computes a report from a scored output and writes it as one self-contained HTML page to the
/// writer it is given (this library opens no file and writes to no console; callers write atomically).
/// </summary>
public static class HtmlReport
{
    /// <summary>
    /// Computes and writes the report; returns where the time went. Throws <see cref="ArgumentException"/> when
    /// <see cref="ReportRequest.RecordId"/> names no record.
    /// </summary>
    public static ReportTimings Write(ReportRequest request, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(writer);
        var report = ScoringReport.Build(request);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        new HtmlReportWriter(writer).Write(report);
        return new ReportTimings(report.Timings.Pass, report.Timings.Samples, watch.Elapsed);
    }
}

/// <summary>
/// Where a report's time went: the one pass over the scored output, the reference evaluator's bounded samples (rule
/// points, decay, the record's history and explanation) and drawing the charts and writing the page.
/// </summary>
public sealed record ReportTimings(TimeSpan Pass, TimeSpan Samples, TimeSpan Page);
