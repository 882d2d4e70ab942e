using System.Text;
using ScoreLang.Diagnostics;
using ScoreLang.Semantics;
using ScoreLang.Syntax;
using Xunit;

namespace ScoreLang.Core.Tests.Binding;

/// <summary>
/// Golden files: every Baselines/Diagnostics/*.score is compiled (with the other files of that folder and
/// samples/crm.schema importable) and its diagnostics compared with the .diagnostics.txt next to it. Set
/// SCORELANG_UPDATE_BASELINES=1 to rewrite the expected files after a deliberate change.
/// </summary>
public sealed class DiagnosticBaselineTests
{
    public static string BaselineDirectory => Path.Combine(TestCompiler.RepositoryRoot, "tests", "ScoreLang.Core.Tests", "Baselines", "Diagnostics");

    public static IEnumerable<string> InputFiles() =>
        Directory.GetFiles(BaselineDirectory, "*.score").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    public static TheoryData<string> Inputs() => [.. InputFiles()];

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Diagnostics_MatchBaseline(string fileName)
    {
        var actual = Render(Compile(fileName));
        var expectedPath = Path.Combine(BaselineDirectory, Path.ChangeExtension(fileName, ".diagnostics.txt"));
        if (Environment.GetEnvironmentVariable("SCORELANG_UPDATE_BASELINES") == "1")
        {
            File.WriteAllText(expectedPath, actual);
            return;
        }

        Assert.True(File.Exists(expectedPath), $"No baseline {expectedPath}: run with SCORELANG_UPDATE_BASELINES=1 to create it.");
        Assert.Equal(File.ReadAllText(expectedPath).ReplaceLineEndings("\n"), actual);
    }

    [Fact]
    public void EveryBaselineInput_ReportsAtLeastOneDiagnostic()
    {
        foreach (var fileName in InputFiles())
        {
            Assert.False(Compile(fileName).Diagnostics.IsEmpty, fileName + " is meant to be broken but compiles cleanly");
        }
    }

    internal static Compilation Compile(string fileName)
    {
        var resolver = TestCompiler.Resolver();
        foreach (var file in Directory.GetFiles(BaselineDirectory).Where(f => f.EndsWith(".score", StringComparison.Ordinal) || f.EndsWith(".schema", StringComparison.Ordinal)))
        {
            resolver.Add(Path.GetFileName(file), File.ReadAllText(file).ReplaceLineEndings("\n"));
        }

        return Compilation.Create(SyntaxTree.Parse(resolver.TryRead(fileName)!), resolver);
    }

    /// <summary>One <see cref="Diagnostic.ToString"/> line each, then the fix and related locations indented below it.</summary>
    internal static string Render(Compilation compilation)
    {
        var text = new StringBuilder();
        foreach (var diagnostic in compilation.Diagnostics)
        {
            text.Append(diagnostic).Append('\n');
            if (diagnostic.Fix is not null)
            {
                text.Append("    fix: ").Append(diagnostic.Fix.ReplaceLineEndings("\\n")).Append('\n');
            }

            foreach (var related in diagnostic.Related)
            {
                var position = related.Location.Source.GetLinePosition(related.Location.Span.Start);
                text.Append("    related: ").Append(related.Location.Path).Append('(').Append(position).Append("): ").Append(related.Message).Append('\n');
            }
        }

        return text.ToString();
    }
}
