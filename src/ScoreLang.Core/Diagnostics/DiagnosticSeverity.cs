namespace ScoreLang.Diagnostics;

public enum DiagnosticSeverity
{
    Hidden,
    Info,
    Warning,
    Error,
}
