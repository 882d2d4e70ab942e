using ScoreLang.Semantics;
using ScoreLang.Text;

namespace ScoreLang.LanguageServer.Workspace;

/// <summary>
/// Reads imported files from disk for documents the client has not opened. The server may touch the file system;
/// the core library may not, which is why this lives here. Unreadable files are reported as missing (the binder then
/// reports the import), never as an exception.
/// </summary>
internal sealed class FileSystemSourceResolver : ISourceResolver
{
    /// <summary>Larger files are treated as missing rather than read into memory.</summary>
    private const long MaxFileBytes = 64L * 1024 * 1024;

    /// <summary>The workspace root (from <c>initialize</c>): imports in untitled documents resolve against it.</summary>
    public string? RootDirectory { get; set; }

    public string ResolvePath(string importPath, string importingPath)
    {
        try
        {
            var directory = Path.IsPathFullyQualified(importingPath)
                ? Path.GetDirectoryName(importingPath)
                : RootDirectory;
            return Path.GetFullPath(Path.Combine(directory ?? Directory.GetCurrentDirectory(), importPath));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return importPath;
        }
    }

    public SourceText? TryRead(string resolvedPath)
    {
        try
        {
            var file = new FileInfo(resolvedPath);
            if (!file.Exists || file.Length > MaxFileBytes)
            {
                return null;
            }

            return SourceText.From(File.ReadAllText(resolvedPath), resolvedPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }
}
