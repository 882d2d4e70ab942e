using System.Text;
using ScoreLang.Semantics;
using ScoreLang.Syntax;
using ScoreLang.Text;

namespace ScoreLang.Benchmarks.Workload;

/// <summary>
/// The repository's sample (samples/lead-scoring.score with its imported crm.schema), found by walking up from the
/// program's folder to the folder that holds ScoreLang.sln; compile latency is measured on it.
/// </summary>
internal static class SampleModel
{
    public static BoundProgram Bind()
    {
        var path = Path.Combine(FindSamples(), "lead-scoring.score");
        var resolver = new FileResolver();
        var compilation = Compilation.Create(SyntaxTree.Parse(resolver.TryRead(path)!), resolver);
        return compilation.HasErrors
            ? throw new InvalidOperationException($"{path} has errors.")
            : compilation.Program;
    }

    private static string FindSamples()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ScoreLang.sln")) && Directory.Exists(Path.Combine(directory.FullName, "samples")))
            {
                return Path.Combine(directory.FullName, "samples");
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
