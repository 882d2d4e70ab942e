namespace ScoreLang.Diagnostics;

/// <summary>SL2xxx (names and types), SL3xxx (scoring rules) and SL5xxx (imports). Owned by the binder.</summary>
public static partial class DiagnosticCatalog
{
    public static DiagnosticDescriptor UnknownName { get; } = Error("SL2001", "Unknown name", "'{0}' is not a {1}{2}.");
}
