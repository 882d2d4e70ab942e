using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ScoreLang.Build.Tests.Support;

/// <summary>
/// Runs <see cref="ScoreLangGenerator"/> the way the compiler does, with Roslyn's generator driver: score files as
/// additional texts, the MSBuild properties as global analyzer options, and step tracking on so tests can read why each
/// incremental step ran (or did not).
/// </summary>
internal sealed class GeneratorHarness
{
    private const string ProjectDirectory = "/project";

    private readonly List<AdditionalText> _texts;

    private GeneratorHarness(GeneratorDriver driver, CSharpCompilation compilation, List<AdditionalText> texts)
    {
        Driver = driver;
        Compilation = compilation;
        _texts = texts;
    }

    public GeneratorDriver Driver { get; private set; }

    public CSharpCompilation Compilation { get; private set; }

    /// <summary>A driver over files given by path relative to a project folder, with optional MSBuild properties.</summary>
    public static GeneratorHarness Create(IEnumerable<(string Path, string Text)> files, IReadOnlyDictionary<string, string>? properties = null, string projectDirectory = ProjectDirectory)
    {
        var globals = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["build_property.RootNamespace"] = "Consumer",
            ["build_property.MSBuildProjectDirectory"] = projectDirectory,
        };
        foreach (var (key, value) in properties ?? new Dictionary<string, string>())
        {
            globals["build_property." + key] = value;
        }

        var texts = files.Select(f => (AdditionalText)new MemoryText(Path.Combine(projectDirectory, f.Path), f.Text)).ToImmutableArray();
        var driver = CSharpGeneratorDriver.Create(
            [new ScoreLangGenerator().AsSourceGenerator()],
            texts,
            CSharpParseOptions.Default,
            new OptionsProvider(globals),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        var compilation = CSharpCompilation.Create("Consumer", [CSharpSyntaxTree.ParseText("internal static class Program { }", path: "Program.cs")]);
        return new GeneratorHarness(driver, compilation, [.. texts]);
    }

    public GeneratorRunResult Run()
    {
        Driver = Driver.RunGenerators(Compilation);
        return Driver.GetRunResult().Results.Single();
    }

    /// <summary>Replaces the text of the additional file whose path ends with <paramref name="path"/>.</summary>
    public void EditFile(string path, string text)
    {
        var index = _texts.FindIndex(t => t.Path.EndsWith(path, StringComparison.Ordinal));
        var replacement = new MemoryText(_texts[index].Path, text);
        Driver = Driver.ReplaceAdditionalText(_texts[index], replacement);
        _texts[index] = replacement;
    }

    public void EditCSharp(string text)
    {
        var old = Compilation.SyntaxTrees.Single();
        Compilation = Compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(text, path: old.FilePath));
    }

    public string TextOf(string path) => _texts.Single(t => t.Path.EndsWith(path, StringComparison.Ordinal)).GetText()!.ToString();

    private sealed class MemoryText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class OptionsProvider(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptionsProvider
    {
        private readonly Options _options = new(values);

        public override AnalyzerConfigOptions GlobalOptions => _options;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;
    }

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static Options Empty { get; } = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, out string value)
        {
            if (values.TryGetValue(key, out var found))
            {
                value = found;
                return true;
            }

            value = string.Empty;
            return false;
        }
    }
}
