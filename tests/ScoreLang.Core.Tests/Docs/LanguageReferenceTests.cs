using System.Text;
using ScoreLang.Core.Tests.Binding;
using ScoreLang.Diagnostics;
using Xunit;

namespace ScoreLang.Core.Tests.Docs;

/// <summary>
/// Keeps docs/language.md true to the code: its diagnostics section is generated from the catalogue and from the
/// golden inputs in Baselines/Diagnostics (the first line of those inputs that triggers each code is the example).
/// Regenerate with SCORELANG_UPDATE_BASELINES=1, like every baseline; otherwise the section must match.
/// </summary>
public sealed class LanguageReferenceTests
{
    private const string Begin = "<!-- diagnostics:begin -->";
    private const string End = "<!-- diagnostics:end -->";

    /// <summary>Codes that no file can trigger on purpose; the reference describes them in words.</summary>
    private static readonly Dictionary<string, string> Unreachable = new(StringComparer.Ordinal)
    {
        ["SL1099"] = "Reported only if the parser itself fails on a file, which is a bug: the file is kept as it is and the message asks to report it.",
        ["SL5004"] = "Reported by `run`, `explain` and `evaluate` when a predictive score's model file (S30) is not where its `model \"...\"` line says, relative to the score file.",
        ["SL5005"] = "Reported by `run`, `explain` and `evaluate` when the SHA-256 of a predictive score's model file differs from the `sha256 \"...\"` its score file states: the model was replaced after it was learned.",
        ["SL5006"] = "Reported by `run`, `explain` and `evaluate` when a predictive score's model file is not a model written by `scorelang learn --predictive` (or was written for other properties).",
    };

    private static string ReferencePath => Path.Combine(TestCompiler.RepositoryRoot, "docs", "language.md");

    [Fact]
    public void LanguageReference_DiagnosticsSection_MatchesCatalogueAndExamples()
    {
        var document = File.ReadAllText(ReferencePath).ReplaceLineEndings("\n");
        var start = document.IndexOf(Begin, StringComparison.Ordinal);
        var end = document.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "docs/language.md lacks the diagnostics markers");

        var generated = GenerateSection();
        var current = document[(start + Begin.Length)..end];
        if (Environment.GetEnvironmentVariable("SCORELANG_UPDATE_BASELINES") == "1")
        {
            File.WriteAllText(ReferencePath, document[..(start + Begin.Length)] + generated + document[end..]);
            return;
        }

        Assert.Equal(generated, current);
    }

    [Fact]
    public void EveryDiagnosticCode_HasAnExampleThatTriggersIt()
    {
        var examples = FindExamples();
        var missing = DiagnosticCatalog.All.Select(d => d.Code).Where(code => !examples.ContainsKey(code) && !Unreachable.ContainsKey(code)).ToList();
        Assert.True(missing.Count == 0, "No example input triggers: " + string.Join(", ", missing));
    }

    private static string GenerateSection()
    {
        var examples = FindExamples();
        var text = new StringBuilder("\n");
        foreach (var descriptor in DiagnosticCatalog.All)
        {
            var severity = descriptor.Severity.ToString().ToLowerInvariant();
            text.Append("\n### ").Append(descriptor.Code).Append(" — ").Append(descriptor.Title).Append(" (").Append(severity).Append(")\n\n");
            if (examples.TryGetValue(descriptor.Code, out var example))
            {
                var line = example.Location.Source.ToString(example.Location.Source.GetLineSpan(example.Location.LineSpan.Start.Line)).Trim();
                if (line.Length > 120)
                {
                    line = line[..117] + "...";
                }

                text.Append("```\n").Append(line).Append("\n```\n\n");
                var message = example.ToString().Replace("\n", " ", StringComparison.Ordinal);
                text.Append("> ").Append(message.Length > 240 ? message[..237] + "..." : message).Append('\n');
            }
            else if (Unreachable.TryGetValue(descriptor.Code, out var explanation))
            {
                text.Append(explanation).Append('\n');
            }
        }

        return text.Append('\n').ToString();
    }

    /// <summary>The first diagnostic of each code over the golden inputs, in file-name order.</summary>
    private static Dictionary<string, Diagnostic> FindExamples()
    {
        var examples = new Dictionary<string, Diagnostic>(StringComparer.Ordinal);
        foreach (var file in DiagnosticBaselineTests.InputFiles())
        {
            foreach (var diagnostic in DiagnosticBaselineTests.Compile(file).Diagnostics)
            {
                examples.TryAdd(diagnostic.Code, diagnostic);
            }
        }

        return examples;
    }
}
