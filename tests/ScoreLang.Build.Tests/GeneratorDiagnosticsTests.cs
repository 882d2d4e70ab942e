using Microsoft.CodeAnalysis;
using ScoreLang.Build.Tests.Support;
using Xunit;

namespace ScoreLang.Build.Tests;

/// <summary>Front-end diagnostics become build diagnostics at the .score file's line and column, with their SL code.</summary>
public sealed class GeneratorDiagnosticsTests
{
    private const string Schema = """
        record contact {
          job_title: string
        }
        event meeting_booked on contact
        """;

    [Fact]
    public void UnknownProperty_IsAnErrorAtTheScoreFileLineAndColumn()
    {
        var score = """
            import "../crm.schema"

            score fit for contact {
              kind fit
              group role {
                when job_titel contains "director" +20
              }
            }
            """;
        var harness = GeneratorHarness.Create([("crm.schema", Schema), ("scores/fit.score", score)]);

        var result = harness.Run();

        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.StartsWith("SL2", error.Id, StringComparison.Ordinal);
        Assert.Contains("job_titel", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var span = error.Location.GetLineSpan();
        Assert.Equal(Path.Combine("/project", "scores/fit.score"), span.Path);
        Assert.Equal(5, span.StartLinePosition.Line);
        Assert.Equal(9, span.StartLinePosition.Character);
        Assert.Empty(result.GeneratedSources);
    }

    [Fact]
    public void SyntaxError_InTheSchema_IsReportedAtTheSchemaFile()
    {
        var harness = GeneratorHarness.Create([("crm.schema", "record contact {\n  job_title string\n}\n")]);

        var result = harness.Run();

        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.StartsWith("SL1", error.Id, StringComparison.Ordinal);
        Assert.EndsWith("crm.schema", error.Location.GetLineSpan().Path, StringComparison.Ordinal);
        Assert.Equal(1, error.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void MissingImport_IsAnErrorOfTheImportingFile()
    {
        var harness = GeneratorHarness.Create([("a.score", "import \"nowhere.schema\"\n")]);

        var result = harness.Run();

        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("SL5001", error.Id);
        Assert.EndsWith("a.score", error.Location.GetLineSpan().Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Warnings_StayWarnings_AndTheScorerIsStillGenerated()
    {
        // A rule whose points exceed its group's limit is a warning (S14), not an error.
        var score = """
            import "crm.schema"

            score engagement for contact {
              kind engagement
              group sales limit 10 {
                event meeting_booked +15
              }
            }
            """;
        var harness = GeneratorHarness.Create([("crm.schema", Schema), ("engagement.score", score)]);

        var result = harness.Run();

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.Id.StartsWith("SL3", StringComparison.Ordinal));
        Assert.Contains(result.GeneratedSources, s => s.SourceText.ToString().Contains("class EngagementScorer", StringComparison.Ordinal));
    }

    [Fact]
    public void NoScoreFiles_GenerateNothing_AndReportNothing()
    {
        var harness = GeneratorHarness.Create([]);

        var result = harness.Run();

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.GeneratedSources);
    }

    [Fact]
    public void Namespace_AndVisibility_FollowTheMSBuildProperties()
    {
        var score = "import \"crm.schema\"\nscore engagement for contact {\n  kind engagement\n  group sales {\n    event meeting_booked +15\n  }\n}\n";
        var harness = GeneratorHarness.Create(
            [("crm.schema", Schema), ("engagement.score", score)],
            new Dictionary<string, string> { ["ScoreLangNamespace"] = "My.Scores", ["ScoreLangVisibility"] = "public" });

        var result = harness.Run();

        var scorers = result.GeneratedSources.Single(s => s.HintName.EndsWith("Scorers.g.cs", StringComparison.Ordinal)).SourceText.ToString();
        Assert.Contains("namespace My.Scores", scorers, StringComparison.Ordinal);
        Assert.Contains("public sealed partial class EngagementScorer", scorers, StringComparison.Ordinal);
    }
}
