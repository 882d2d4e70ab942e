namespace ScoreLang.Build.Pipeline;

/// <summary>
/// Codes of the build integration's own diagnostics (SL9xxx), next to the language's SL1xxx-SL5xxx that the front end
/// reports and the generator passes on unchanged. Codes are never reused.
/// </summary>
internal static class BuildDiagnostics
{
    /// <summary>Two score files of one project see different declarations of the same record type.</summary>
    public const string ConflictingRecordType = "SL9001";

    /// <summary>The generator failed unexpectedly on a score file (a bug in ScoreLang, reported instead of a crash).</summary>
    public const string GeneratorFailure = "SL9002";
}
