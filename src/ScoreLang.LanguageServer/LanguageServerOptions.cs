namespace ScoreLang.LanguageServer;

/// <summary>How <see cref="LanguageServerHost"/> runs the server.</summary>
public sealed record LanguageServerOptions
{
    /// <summary>Where the server writes its log; stderr when null (stdout carries the protocol).</summary>
    public TextWriter? Log { get; init; }

    /// <summary>The quiet time after the last edit before diagnostics are computed and published.</summary>
    public TimeSpan DiagnosticsDelay { get; init; } = TimeSpan.FromMilliseconds(200);
}
