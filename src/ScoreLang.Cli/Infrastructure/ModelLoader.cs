using ScoreLang.Compiler;
using ScoreLang.Semantics;
using ScoreLang.Syntax;

namespace ScoreLang.Cli.Infrastructure;

/// <summary>
/// Binds the score files of a run as one program (several files may share one imported schema) and compiles it,
/// with the on-disk cache of compiled models under the user's cache folder, so an unchanged model is not compiled again.
/// </summary>
internal static class ModelLoader
{
    public static Compilation Bind(IEnumerable<string> paths, TextWriter errors)
    {
        var files = InputFiles.Expand(paths, includeSchemas: false);
        if (files.Count == 0)
        {
            throw new UserErrorException("No .score file was given.");
        }

        var resolver = new FileSourceResolver();
        var compilation = Compilation.Create(files.Select(f => SyntaxTree.Parse(FileSourceResolver.Read(f))), resolver);
        DiagnosticPrinter.Print(errors, compilation.Diagnostics, OutputFormat.Text);
        return compilation;
    }

    public static CompiledModel Compile(BoundProgram program) =>
        ScoreCompiler.Compile(program, new CompilerOptions { CacheDirectory = CacheDirectory() });

    /// <summary>SCORELANG_CACHE, else $XDG_CACHE_HOME/scorelang, else ~/.cache/scorelang.</summary>
    private static string CacheDirectory()
    {
        var explicitPath = Environment.GetEnvironmentVariable("SCORELANG_CACHE");
        if (!string.IsNullOrEmpty(explicitPath))
        {
            return explicitPath;
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var root = !string.IsNullOrEmpty(xdg) ? xdg : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(root, "scorelang");
    }
}
