using Microsoft.CodeAnalysis;
using ScoreLang.Build.Tests.Support;
using Xunit;

namespace ScoreLang.Build.Tests;

/// <summary>
/// The generator does no work again unless a score file's meaning changed: Roslyn's tracked steps tell, for each step,
/// whether its output was new, modified, unchanged (recomputed, equal) or cached (not recomputed at all).
/// </summary>
public sealed class IncrementalityTests
{
    private const string Score = """
        import "crm.schema"

        // The sales team's view.
        score engagement for contact {
          kind engagement
          group sales limit 60 {
            event meeting_booked +10 // a booked meeting
          }
        }
        """;

    private const string Schema = "record contact {\n  job_title: string\n}\nevent meeting_booked on contact\n";

    [Fact]
    public void UnrelatedCSharpEdit_RunsNoStepAgain()
    {
        var harness = Harness();
        harness.Run();

        harness.EditCSharp("internal static class Program { public static int Answer => 42; }");
        var result = harness.Run();

        AssertAll(result, ScoreLangGenerator.SourcesStep, IncrementalStepRunReason.Cached);
        AssertAll(result, ScoreLangGenerator.GenerationStep, IncrementalStepRunReason.Cached);
        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void CommentOnlyEdit_StopsAtTheFirstStep_AndDoesNotRegenerate()
    {
        var harness = Harness();
        var before = harness.Run();

        harness.EditFile("engagement.score", Score
            .Replace("// The sales team's view.", "// The sales team's view, reviewed by marketing.", StringComparison.Ordinal)
            .Replace("// a booked meeting", "/* counts every booking */", StringComparison.Ordinal));
        var result = harness.Run();

        // The edited file is read again, gives an equal value (comments blanked), and everything after it is cached.
        Assert.Contains(Outputs(result, ScoreLangGenerator.SourcesStep), o => o.Reason == IncrementalStepRunReason.Unchanged);
        AssertAll(result, ScoreLangGenerator.GenerationStep, IncrementalStepRunReason.Cached);
        Assert.Equal(Texts(before), Texts(result));
    }

    [Fact]
    public void PointsEdit_Regenerates()
    {
        var harness = Harness();
        var before = harness.Run();

        harness.EditFile("engagement.score", Score.Replace("+10", "+12", StringComparison.Ordinal));
        var result = harness.Run();

        Assert.Contains(Outputs(result, ScoreLangGenerator.SourcesStep), o => o.Reason == IncrementalStepRunReason.Modified);
        AssertAll(result, ScoreLangGenerator.GenerationStep, IncrementalStepRunReason.Modified);
        Assert.NotEqual(Texts(before), Texts(result));
        Assert.Contains("12d", string.Concat(Texts(result)), StringComparison.Ordinal);
    }

    [Fact]
    public void EditThatMovesTokens_Regenerates_SoLineReferencesStayExact()
    {
        var harness = Harness();
        harness.Run();

        harness.EditFile("engagement.score", "\n" + Score);
        var result = harness.Run();

        AssertAll(result, ScoreLangGenerator.GenerationStep, IncrementalStepRunReason.Modified);
    }

    private static GeneratorHarness Harness() =>
        GeneratorHarness.Create([("crm.schema", Schema), ("engagement.score", Score)]);

    private static IEnumerable<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(s => s.Outputs);

    private static void AssertAll(GeneratorRunResult result, string step, IncrementalStepRunReason reason)
    {
        var outputs = Outputs(result, step).ToList();
        Assert.NotEmpty(outputs);
        Assert.All(outputs, o => Assert.Equal(reason, o.Reason));
    }

    private static List<string> Texts(GeneratorRunResult result) =>
        [.. result.GeneratedSources.Select(s => s.SourceText.ToString())];
}
