namespace ScoreLang.Compiler;

/// <summary>
/// How <see cref="ScoreCompiler"/> compiles. <see cref="CacheDirectory"/> is an optional folder, chosen by the host
/// (the CLI), where compiled assemblies are kept by content hash; the compiler never picks a folder itself.
/// </summary>
public sealed record CompilerOptions
{
    public static CompilerOptions Default { get; } = new();

    /// <summary>Where to keep and reuse compiled assemblies across processes; null: in memory only.</summary>
    public string? CacheDirectory { get; init; }

    /// <summary>Reuse a model compiled earlier in this process for the same generated code.</summary>
    public bool UseMemoryCache { get; init; } = true;
}
