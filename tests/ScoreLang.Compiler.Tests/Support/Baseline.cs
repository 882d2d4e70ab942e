using Xunit;

namespace ScoreLang.Compiler.Tests.Support;

/// <summary>
/// Checked-in expected outputs (Baselines/*). A test compares its actual text with the file; with
/// SCORELANG_UPDATE_BASELINES=1 it rewrites the file instead (then review the diff before committing).
/// </summary>
internal static class Baseline
{
    public static void Verify(string name, string actual)
    {
        var path = Path.Combine(ProjectDirectory(), "Baselines", name);
        if (Environment.GetEnvironmentVariable("SCORELANG_UPDATE_BASELINES") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"Baseline {name} is missing; run the tests with SCORELANG_UPDATE_BASELINES=1 to create it.");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected != actual)
        {
            // Show the first difference, not two whole files.
            var expectedLines = expected.Split('\n');
            var actualLines = actual.Split('\n');
            var line = 0;
            while (line < expectedLines.Length && line < actualLines.Length && expectedLines[line] == actualLines[line])
            {
                line++;
            }

            Assert.Fail(
                $"Baseline {name} differs at line {line + 1} (SCORELANG_UPDATE_BASELINES=1 regenerates it):\n" +
                $"expected: {(line < expectedLines.Length ? expectedLines[line] : "<end>")}\n" +
                $"actual:   {(line < actualLines.Length ? actualLines[line] : "<end>")}");
        }
    }

    private static string ProjectDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ScoreLang.Compiler.Tests.csproj")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The test project folder was not found above " + AppContext.BaseDirectory);
    }
}
