using System.Reflection;
using ScoreLang.Semantics;
using ScoreLang.Syntax;

namespace ScoreLang.Benchmarks.Workload;

/// <summary>The benchmark's score model (Model/benchmark.score, embedded), parsed and bound once per process.</summary>
internal static class BenchmarkModel
{
    public const string Engagement = "engagement";
    public const string Fit = "fit";

    /// <summary>As-of date of every run: the generated events fall in the 12 months before it.</summary>
    public static DateTime AsOf { get; } = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static string Text { get; } = ReadResource("benchmark.score");

    public static BoundProgram Program => LazyProgram.Value;

    private static Lazy<BoundProgram> LazyProgram { get; } = new(() => Bind(Text));

    public static SchemaModel Schema => Program.Schema;

    /// <summary>Parses and binds score text; errors are a broken benchmark, not a result.</summary>
    public static BoundProgram Bind(string text, string path = "benchmark.score")
    {
        var compilation = Compilation.Create(SyntaxTree.Parse(text, path));
        if (compilation.HasErrors)
        {
            throw new InvalidOperationException(
                $"{path} has errors: " + string.Join("; ", compilation.Diagnostics.Select(d => d.ToString())));
        }

        return compilation.Program;
    }

    public static string ReadResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
