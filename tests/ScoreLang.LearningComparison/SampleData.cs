using ScoreLang.Data;
using ScoreLang.Diagnostics;
using ScoreLang.Runtime;
using ScoreLang.Semantics;
using ScoreLang.Syntax;
using ScoreLang.Text;

namespace ScoreLang.LearningComparison;

/// <summary>
/// Loads a sample's records through its schema and manifest, the way <c>scorelang learn</c> does. The manifests read
/// <c>../../../shared/data/...</c>, right for a clone with the shared data beside it; from a deeper checkout (a git
/// worktree) the same files are found by walking up for a <c>shared/data</c> folder, and the manifest is read from a
/// temporary copy that names them.
/// </summary>
internal static class SampleData
{
    private const string SharedPrefix = "../../../shared/data/";

    /// <summary>The repository root: the first ancestor of <paramref name="start"/> that holds ScoreLang.sln.</summary>
    public static string? FindRepository(string start) =>
        Ancestors(start).FirstOrDefault(d => File.Exists(Path.Combine(d, "ScoreLang.sln")));

    /// <summary>The shared data folder beside an ancestor of <paramref name="start"/>, or null when there is none.</summary>
    public static string? FindSharedData(string start) =>
        Ancestors(start).Select(d => Path.Combine(d, "shared", "data")).FirstOrDefault(Directory.Exists);

    /// <summary>The sample's data, and how many rows had a bad cell (left unknown, as <c>scorelang learn</c> does).</summary>
    public static (ScoringData Data, long BadRows) Load(string repository, ComparisonDataSet set)
    {
        var folder = Path.Combine(repository, "samples", set.SampleFolder);
        var schemaPath = Path.Combine(folder, set.Schema);
        var compilation = Compilation.Create(SyntaxTree.Parse(SourceText.From(File.ReadAllText(schemaPath), schemaPath)));
        if (compilation.HasErrors)
        {
            var first = compilation.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error);
            throw new ComparisonException($"{schemaPath}: {first.Code}: {first.Message}");
        }

        var shared = FindSharedData(folder)
            ?? throw new ComparisonException($"No shared/data folder beside any ancestor of {folder}: the public data sets must be checked out beside the repository.");
        var manifest = Path.Combine(folder, set.Manifest);
        var copy = Path.Combine(Path.GetTempPath(), $"scorelang-comparison-{Environment.ProcessId}-{set.SampleFolder}.json");
        File.WriteAllText(copy, File.ReadAllText(manifest).Replace(SharedPrefix, shared.Replace('\\', '/') + "/", StringComparison.Ordinal));
        try
        {
            var loaded = DataSetLoader.Load(compilation.Program.Schema, DataSource.Manifest(copy));
            return (loaded.Data, loaded.BadRowCount);
        }
        catch (DataLoadException e)
        {
            throw new ComparisonException($"{manifest}: {e.Message}");
        }
        finally
        {
            File.Delete(copy);
        }
    }

    private static IEnumerable<string> Ancestors(string start)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            yield return dir.FullName;
        }
    }
}
