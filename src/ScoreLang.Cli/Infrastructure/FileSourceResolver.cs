using System.Text;
using ScoreLang.Semantics;
using ScoreLang.Text;

namespace ScoreLang.Cli.Infrastructure;

/// <summary>Resolves imports against the file system, relative to the importing file; each file is read once.</summary>
internal sealed class FileSourceResolver : ISourceResolver
{
    private readonly Dictionary<string, SourceText?> _cache = new(StringComparer.Ordinal);

    public string ResolvePath(string importPath, string importingPath)
    {
        var baseDirectory = Path.GetDirectoryName(Path.GetFullPath(importingPath)) ?? Directory.GetCurrentDirectory();
        return Path.GetFullPath(Path.Combine(baseDirectory, importPath));
    }

    public SourceText? TryRead(string resolvedPath)
    {
        if (!_cache.TryGetValue(resolvedPath, out var text))
        {
            text = File.Exists(resolvedPath) ? Read(resolvedPath) : null;
            _cache[resolvedPath] = text;
        }

        return text;
    }

    /// <summary>Reads a source file; the path shown in diagnostics is relative to the current directory when below it.</summary>
    public static SourceText Read(string path) =>
        SourceText.From(File.ReadAllText(path, Encoding.UTF8), DisplayPath(path));

    public static string DisplayPath(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        return relative.StartsWith("..", StringComparison.Ordinal) ? full : relative;
    }
}
