namespace ScoreLang.Diagnostics;

/// <summary>
/// A stable diagnostic code (SL1xxx syntax, SL2xxx names and types, SL3xxx scoring rules, SL4xxx tests,
/// SL5xxx imports) with its default severity, a title and a message format. All descriptors live in
/// <see cref="DiagnosticCatalog"/>; codes are never reused.
/// </summary>
public sealed record DiagnosticDescriptor(string Code, DiagnosticSeverity Severity, string Title, string MessageFormat)
{
    public string Format(params object?[] args) =>
        args.Length == 0 ? MessageFormat : string.Format(System.Globalization.CultureInfo.InvariantCulture, MessageFormat, args);
}
