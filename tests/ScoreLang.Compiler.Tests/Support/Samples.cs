using System.Text;
using ScoreLang.Semantics;
using ScoreLang.Syntax;
using ScoreLang.Text;

namespace ScoreLang.Compiler.Tests.Support;

/// <summary>The repository's samples/ folder: its score files compiled with their imports from disk.</summary>
internal static class Samples
{
    public static string Folder { get; } = FindFolder();

    public static IEnumerable<string> ScoreFiles => Directory.EnumerateFiles(Folder, "*.score").Order(StringComparer.Ordinal);

    public static Compilation Compile(string path)
    {
        var resolver = new FileResolver();
        return Compilation.Create(SyntaxTree.Parse(resolver.TryRead(Path.GetFullPath(path))!), resolver);
    }

    private static string FindFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "samples");
            if (File.Exists(Path.Combine(directory.FullName, "ScoreLang.sln")) && Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("The samples folder was not found above " + AppContext.BaseDirectory);
    }

    private sealed class FileResolver : ISourceResolver
    {
        public string ResolvePath(string importPath, string importingPath) =>
            Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(importingPath)) ?? ".", importPath));

        public SourceText? TryRead(string resolvedPath) =>
            File.Exists(resolvedPath) ? SourceText.From(File.ReadAllText(resolvedPath, Encoding.UTF8), resolvedPath) : null;
    }
}
