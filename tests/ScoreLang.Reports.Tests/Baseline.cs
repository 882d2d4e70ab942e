using Xunit;

namespace ScoreLang.Reports.Tests;

/// <summary>
/// Checked-in expected outputs (Baselines/*). A test compares its text with the file; with SCORELANG_UPDATE_BASELINES=1
/// it rewrites the file instead (review the diff before committing).
/// </summary>
internal static class Baseline
{
    public static void Verify(string name, string actual)
    {
        var path = Path.Combine(ProjectDirectory(), "Baselines", name);
        actual = actual.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("SCORELANG_UPDATE_BASELINES") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"Baseline {name} is missing; run the tests with SCORELANG_UPDATE_BASELINES=1 to create it.");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n").Split('\n');
        var lines = actual.Split('\n');
        for (var line = 0; line < Math.Max(expected.Length, lines.Length); line++)
        {
            var want = line < expected.Length ? expected[line] : "<end>";
            var got = line < lines.Length ? lines[line] : "<end>";
            Assert.True(
                string.Equals(want, got, StringComparison.Ordinal),
                $"Baseline {name} differs at line {line + 1} (SCORELANG_UPDATE_BASELINES=1 regenerates it):\nexpected: {want}\nactual:   {got}");
        }
    }

    private static string ProjectDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ScoreLang.Reports.Tests.csproj")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The test project folder was not found above " + AppContext.BaseDirectory);
    }
}
