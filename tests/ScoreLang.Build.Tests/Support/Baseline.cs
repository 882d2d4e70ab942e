using Xunit;

namespace ScoreLang.Build.Tests.Support;

/// <summary>
/// Golden files under tests/ScoreLang.Build.Tests/Baselines: compared by default, rewritten (in the source tree) only
/// when SCORELANG_UPDATE_BASELINES=1.
/// </summary>
internal static class Baseline
{
    public static void Match(string relativePath, string actual)
    {
        actual = actual.ReplaceLineEndings("\n");
        var target = Path.Combine(Repository.Root, "tests", "ScoreLang.Build.Tests", "Baselines", relativePath);
        if (Environment.GetEnvironmentVariable("SCORELANG_UPDATE_BASELINES") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, actual);
            return;
        }

        Assert.True(File.Exists(target), $"Baseline {relativePath} is missing: run the tests with SCORELANG_UPDATE_BASELINES=1 to create it.");
        Assert.Equal(File.ReadAllText(target).ReplaceLineEndings("\n"), actual);
    }
}
