using System.Text.Json;
using Xunit;

namespace ScoreLang.Cli.Tests;

/// <summary>check, fmt, test and generate, driven through the real process as a user or a CI job runs them.</summary>
public sealed class FrontEndCommandTests
{
    private const string Schema = """
        record contact { title: string  stage: enum { lead, customer } }
        event meeting_booked on contact
        """;

    private static readonly string Samples = Path.Combine(CliRunner.RepositoryRoot(), "samples");

    [Fact]
    public void Check_Samples_HaveNoErrorsAndExitZero()
    {
        var result = CliRunner.Run(Samples, "check", ".");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("0 error(s)", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MisspelledProperty_PrintsCompilerStyleLineWithCodeAndExitsOne()
    {
        using var folder = new TemporaryDirectory();
        folder.Write("crm.schema", Schema);
        folder.Write("broken.score", """
            import "crm.schema"
            score s for contact {
              kind fit
              group g { when titel contains "CTO" +10 }
            }
            """);

        var result = CliRunner.Run(folder.Path, "check", "broken.score");

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"broken\.score\(4,18\): error SL2\d{3}: .*'titel'.*'title'", result.StandardOutput);
        Assert.Empty(result.StandardError);
    }

    [Fact]
    public void Check_JsonFormat_GivesFileLineColumnCodeAndSeverity()
    {
        using var folder = new TemporaryDirectory();
        folder.Write("crm.schema", Schema);
        folder.Write("broken.score", "import \"crm.schema\"\nscore s for contact {\n  kind fit\n  group g { when stage == custmer +10 }\n}\n");

        var result = CliRunner.Run(folder.Path, "check", "broken.score", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.StandardOutput);
        var first = json.RootElement.EnumerateArray().First();
        Assert.Equal("broken.score", first.GetProperty("file").GetString());
        Assert.Equal(4, first.GetProperty("line").GetInt32());
        Assert.Equal("error", first.GetProperty("severity").GetString());
        Assert.StartsWith("SL", first.GetProperty("code").GetString(), StringComparison.Ordinal);
        Assert.Equal("customer", first.GetProperty("fix").GetString());
    }

    [Fact]
    public void Check_MissingFile_IsOneLineOnStandardErrorWithExitTwoAndNoStackTrace()
    {
        using var folder = new TemporaryDirectory();
        var result = CliRunner.Run(folder.Path, "check", "nowhere.score");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'nowhere.score' does not exist", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_Samples_AllInFileTestsPass()
    {
        var result = CliRunner.Run(Samples, "test", ".");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("PASS  contact_engagement > books a meeting, opens two emails, clicks three links", result.StandardOutput, StringComparison.Ordinal);
        Assert.Matches(@"Tests: \d+ passed, 0 failed", result.StandardOutput);
    }

    [Fact]
    public void Test_FailingExpectation_ReportsExpectedAndActualAndExitsOne()
    {
        using var folder = new TemporaryDirectory();
        folder.Write("crm.schema", Schema);
        folder.Write("s.score", """
            import "crm.schema"
            score s for contact {
              kind engagement
              group g { event meeting_booked +10 }
              test "two meetings" {
                event meeting_booked x2
                expect score == 30
              }
            }
            """);

        var result = CliRunner.Run(folder.Path, "test", "s.score");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("FAIL  s > two meetings", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("20", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("Tests: 0 passed, 1 failed, 1 total.", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Fmt_Check_SamplesAreFormatted()
    {
        var result = CliRunner.Run(Samples, "fmt", "--check", ".");
        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public void Fmt_RewritesAnUnformattedFileAndKeepsItsComments()
    {
        using var folder = new TemporaryDirectory();
        var file = folder.Write("crm.schema", "record contact {   title:string // the job title\n}\n");

        Assert.Equal(1, CliRunner.Run(folder.Path, "fmt", "--check", ".").ExitCode);
        var result = CliRunner.Run(folder.Path, "fmt", ".");

        Assert.True(result.ExitCode == 0, result.ToString());
        var formatted = File.ReadAllText(file);
        Assert.Contains("title: string // the job title", formatted, StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run(folder.Path, "fmt", "--check", ".").ExitCode);
    }

    [Fact]
    public void Fmt_FileWithSyntaxErrors_IsLeftUntouchedAndFails()
    {
        using var folder = new TemporaryDirectory();
        const string Broken = "record contact { title: }\n";
        var file = folder.Write("crm.schema", Broken);

        var result = CliRunner.Run(folder.Path, "fmt", ".");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(Broken, File.ReadAllText(file));
    }

    [Fact]
    public void Generate_SameSeed_GivesByteIdenticalFiles()
    {
        using var first = new TemporaryDirectory();
        using var second = new TemporaryDirectory();
        var schema = Path.Combine(Samples, "crm.schema");

        var a = CliRunner.Run(first.Path, "generate", schema, "--records", "50", "--seed", "7", "--out", first.Path);
        var b = CliRunner.Run(second.Path, "generate", schema, "--records", "50", "--seed", "7", "--out", second.Path);

        Assert.True(a.ExitCode == 0, a.ToString());
        Assert.True(b.ExitCode == 0, b.ToString());
        foreach (var name in new[] { "contact.csv", "company.csv", "events.csv", "lists.csv" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(first.Path, name)), File.ReadAllBytes(Path.Combine(second.Path, name)));
        }

        Assert.Equal(51, File.ReadAllLines(Path.Combine(first.Path, "contact.csv")).Length);
    }
}
