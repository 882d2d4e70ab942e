namespace ScoreLang.Reports;

/// <summary>
/// The entry point: computes a report from a scored output and writes it as one self-contained HTML page to the
/// writer it is given (this library opens no file and writes to no console; callers write atomically).
/// </summary>
public static class HtmlReport
{
    /// <summary>Throws <see cref="ArgumentException"/> when <see cref="ReportRequest.RecordId"/> names no record.</summary>
    public static void Write(ReportRequest request, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(writer);
        new HtmlReportWriter(writer).Write(ScoringReport.Build(request));
    }
}
