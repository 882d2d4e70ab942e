namespace ScoreLang.Cli.Infrastructure;

/// <summary>Process exit codes, the same for every command.</summary>
internal static class ExitCodes
{
    /// <summary>Everything went well (warnings do not change this).</summary>
    public const int Success = 0;

    /// <summary>The input has errors, a test failed, or <c>fmt --check</c> found unformatted files.</summary>
    public const int Failed = 1;

    /// <summary>The command could not run: a missing file, a bad option, an unreadable data file.</summary>
    public const int UsageError = 2;

    /// <summary>A bug in ScoreLang: an unexpected error, reported in one line (details with --verbose).</summary>
    public const int InternalError = 3;
}
