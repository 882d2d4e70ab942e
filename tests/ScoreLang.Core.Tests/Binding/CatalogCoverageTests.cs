using ScoreLang.Diagnostics;
using Xunit;

namespace ScoreLang.Core.Tests.Binding;

/// <summary>Every binder diagnostic (SL2xxx-SL5xxx) is triggered by at least one golden input, so none is dead code.</summary>
public sealed class CatalogCoverageTests
{
    /// <summary>
    /// Codes about model files (S30), which the commands that load models report (the core library reads no files):
    /// the CLI tests trigger them (PredictiveCommandTests).
    /// </summary>
    internal static readonly IReadOnlySet<string> ReportedByCommands = new HashSet<string>(StringComparer.Ordinal) { "SL5004", "SL5005", "SL5006" };

    [Fact]
    public void EveryBinderCode_AppearsInABaseline()
    {
        var baselines = string.Join('\n', Directory.GetFiles(DiagnosticBaselineTests.BaselineDirectory, "*.diagnostics.txt").Select(File.ReadAllText));
        var missing = DiagnosticCatalog.All
            .Where(d => d.Code[2] is '2' or '3' or '4' or '5')
            .Where(d => !baselines.Contains($" {d.Code}: ", StringComparison.Ordinal) && !ReportedByCommands.Contains(d.Code))
            .Select(d => d.Code)
            .ToList();
        Assert.True(missing.Count == 0, "No baseline triggers: " + string.Join(", ", missing));
    }

    [Fact]
    public void Codes_AreUniqueAndInTheirRange()
    {
        var codes = DiagnosticCatalog.All.Select(d => d.Code).ToList();
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, code => Assert.Matches("^SL[1-5][0-9]{3}$", code));
    }

    [Fact]
    public void Messages_FormatWithoutThrowing()
    {
        var args = Enumerable.Range(0, 6).Select(i => (object?)$"arg{i}").ToArray();
        Assert.All(DiagnosticCatalog.All, d => Assert.False(string.IsNullOrWhiteSpace(d.Format(args))));
    }
}
