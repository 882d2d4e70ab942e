namespace ScoreLang.Compiler;

/// <summary>Where a <see cref="CompiledModel"/>'s assembly came from.</summary>
public enum CacheStatus
{
    /// <summary>Compiled by Roslyn in this call.</summary>
    Compiled,
    /// <summary>Reused from a model compiled earlier in this process.</summary>
    Memory,
    /// <summary>Loaded from the cache directory.</summary>
    Disk,
}
