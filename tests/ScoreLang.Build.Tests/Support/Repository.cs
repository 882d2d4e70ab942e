namespace ScoreLang.Build.Tests.Support;

/// <summary>Files of the repository the tests read: the samples (found by walking up to ScoreLang.sln).</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string SamplesDirectory => Path.Combine(Root, "samples");

    /// <summary>The sample schema and score files, as (file name, text), in name order.</summary>
    public static IReadOnlyList<(string Path, string Text)> Samples() =>
        [.. Directory.GetFiles(SamplesDirectory)
            .Where(f => f.EndsWith(".score", StringComparison.Ordinal) || f.EndsWith(".schema", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f)))];

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ScoreLang.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ScoreLang.sln was not found above " + AppContext.BaseDirectory);
    }
}
