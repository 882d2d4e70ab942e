using Xunit;

namespace ScoreLang.Tests.Shared;

/// <summary>
/// Golden files under a test project's Baselines folder: compared by default, rewritten (in the source tree) only when
/// SCORELANG_UPDATE_BASELINES=1 (review the diff before committing). One file linked into every test project that
/// keeps baselines, so they all compare, report and regenerate the same way.
/// </summary>
internal static class Baseline
{
    public static void Match(string relativePath, string actual)
    {
        actual = actual.ReplaceLineEndings("\n");
        var path = Path.Combine(ProjectDirectory(), "Baselines", relativePath);
        if (Environment.GetEnvironmentVariable("SCORELANG_UPDATE_BASELINES") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"Baseline {relativePath} is missing: run the tests with SCORELANG_UPDATE_BASELINES=1 to create it.");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            return;
        }

        // Show the first difference, not two whole files.
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var line = 0;
        while (line < expectedLines.Length && line < actualLines.Length && string.Equals(expectedLines[line], actualLines[line], StringComparison.Ordinal))
        {
            line++;
        }

        Assert.Fail(
            $"Baseline {relativePath} differs at line {line + 1} (SCORELANG_UPDATE_BASELINES=1 regenerates it):\n" +
            $"expected: {(line < expectedLines.Length ? expectedLines[line] : "<end>")}\n" +
            $"actual:   {(line < actualLines.Length ? actualLines[line] : "<end>")}");
    }

    /// <summary>The source folder of the test project this file is compiled into (named after its assembly).</summary>
    private static string ProjectDirectory()
    {
        var project = typeof(Baseline).Assembly.GetName().Name + ".csproj";
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, project)))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"The folder of {project} was not found above {AppContext.BaseDirectory}.");
    }
}
