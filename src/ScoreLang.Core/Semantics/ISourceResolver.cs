using ScoreLang.Text;

namespace ScoreLang.Semantics;

/// <summary>
/// How a compilation reads the files it imports. The core library never opens files: the CLI resolves against the
/// file system, the language server against open documents first, tests against memory.
/// </summary>
public interface ISourceResolver
{
    /// <summary>The normalized path of <paramref name="importPath"/> as written in <paramref name="importingPath"/>.</summary>
    string ResolvePath(string importPath, string importingPath);

    /// <summary>The text at a resolved path, or null when there is no such file.</summary>
    SourceText? TryRead(string resolvedPath);
}
