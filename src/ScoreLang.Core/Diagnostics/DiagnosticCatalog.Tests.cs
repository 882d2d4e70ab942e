namespace ScoreLang.Diagnostics;

/// <summary>SL4xxx: tests written inside score files.</summary>
public static partial class DiagnosticCatalog
{
    public static DiagnosticDescriptor TestUnknownTarget { get; } = Error("SL4001", "Unknown expectation target", "'{0}' is not a group of score '{1}' nor one of score, tier, engagement, fit{2}.");
}
