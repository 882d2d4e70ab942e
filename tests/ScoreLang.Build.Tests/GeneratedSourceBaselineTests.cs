using Microsoft.CodeAnalysis;
using ScoreLang.Build.Tests.Support;
using ScoreLang.Tests.Shared;
using Xunit;

namespace ScoreLang.Build.Tests;

/// <summary>
/// The generator's output for the repository's samples, file by file, against Baselines/samples (regenerate with
/// SCORELANG_UPDATE_BASELINES=1 and review the diff). The samples are read from disk with the samples folder as the
/// project folder, so the baselines hold no machine path.
/// </summary>
public sealed class GeneratedSourceBaselineTests
{
    [Fact]
    public void Samples_GenerateTheBaselineSources_WithoutDiagnostics()
    {
        var harness = GeneratorHarness.Create(Repository.Samples(), projectDirectory: Repository.SamplesDirectory);

        var result = harness.Run();

        Assert.Empty(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.NotEmpty(result.GeneratedSources);
        foreach (var source in result.GeneratedSources)
        {
            Baseline.Match(Path.Combine("samples", source.HintName + ".txt"), source.SourceText.ToString());
        }

        var expected = Directory.GetFiles(Path.Combine(Repository.Root, "tests", "ScoreLang.Build.Tests", "Baselines", "samples"))
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, result.GeneratedSources.Select(s => s.HintName + ".txt").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Samples_GenerateTheSameText_OnEveryRun()
    {
        var first = GeneratorHarness.Create(Repository.Samples(), projectDirectory: Repository.SamplesDirectory).Run();
        var second = GeneratorHarness.Create(Repository.Samples(), projectDirectory: Repository.SamplesDirectory).Run();

        Assert.Equal(
            first.GeneratedSources.Select(s => s.SourceText.ToString()),
            second.GeneratedSources.Select(s => s.SourceText.ToString()));
    }
}
