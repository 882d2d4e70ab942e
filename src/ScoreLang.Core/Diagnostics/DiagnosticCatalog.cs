namespace ScoreLang.Diagnostics;

/// <summary>
/// Every diagnostic ScoreLang reports, in one place. Ranges: SL1xxx syntax (DiagnosticCatalog.Syntax.cs),
/// SL2xxx names and types, SL3xxx scoring rules (DiagnosticCatalog.Semantics.cs), SL4xxx in-file tests
/// (DiagnosticCatalog.Tests.cs), SL5xxx imports and files. A code, once published, keeps its meaning.
/// docs/language.md lists each with an example that triggers it.
/// </summary>
public static partial class DiagnosticCatalog
{
    /// <summary>All descriptors, for documentation and tests that check every code is covered.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All => AllDescriptors.Items;

    private static DiagnosticDescriptor Error(string code, string title, string format) => new(code, DiagnosticSeverity.Error, title, format);

    private static DiagnosticDescriptor Warning(string code, string title, string format) => new(code, DiagnosticSeverity.Warning, title, format);

    /// <summary>
    /// Built on first use, after every descriptor property is set: static initialisers of a partial class run in an
    /// unspecified file order, and a reflection-based list built among them saw nulls.
    /// </summary>
    private static class AllDescriptors
    {
        public static readonly IReadOnlyList<DiagnosticDescriptor> Items =
            [.. typeof(DiagnosticCatalog)
                .GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
                .Where(p => p.PropertyType == typeof(DiagnosticDescriptor))
                .Select(p => (DiagnosticDescriptor)p.GetValue(null)!)
                .OrderBy(d => d.Code, StringComparer.Ordinal)];
    }
}
