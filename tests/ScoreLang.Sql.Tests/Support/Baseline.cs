using Xunit;

namespace ScoreLang.Sql.Tests.Support;

/// <summary>
/// Golden files under tests/ScoreLang.Sql.Tests/Baselines: compared by default, rewritten (in the source tree) only
/// when SCORELANG_UPDATE_BASELINES=1.
/// </summary>
internal static class Baseline
{
    public static void Match(string relativePath, string actual)
    {
        actual = actual.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("SCORELANG_UPDATE_BASELINES") == "1")
        {
            var target = Path.Combine(ProjectDirectory(), "Baselines", relativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, actual);
            return;
        }

        var path = Path.Combine(AppContext.BaseDirectory, "Baselines", relativePath);
        Assert.True(File.Exists(path), $"Baseline {relativePath} is missing: run the tests with SCORELANG_UPDATE_BASELINES=1 to create it.");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }

    private static string ProjectDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ScoreLang.Sql.Tests.csproj")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The test project directory was not found above " + AppContext.BaseDirectory);
    }
}
