using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ScoreLang.Build.Emit;
using ScoreLang.Build.Pipeline;
using CoreSeverity = ScoreLang.Diagnostics.DiagnosticSeverity;

namespace ScoreLang.Build;

/// <summary>
/// Compiles the project's .score and .schema files (AdditionalFiles) into typed scorers during the C# build, and
/// reports their diagnostics (SL codes, at the score file's line and column) as build diagnostics.
/// The pipeline never looks at the C# compilation, so editing C# never re-runs it; each file is read into a value with
/// its comments blanked out (<see cref="ScoreSource"/>), so editing a comment ends the work at the first step.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ScoreLangGenerator : IIncrementalGenerator
{
    /// <summary>Tracking names of the steps (tests read their run reasons).</summary>
    public const string SourcesStep = "ScoreLang.Sources";
    public const string CollectedStep = "ScoreLang.Collected";
    public const string OptionsStep = "ScoreLang.Options";
    public const string GenerationStep = "ScoreLang.Generation";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select((provider, _) => GeneratorOptions.From(provider.GlobalOptions))
            .WithTrackingName(OptionsStep);

        var sources = context.AdditionalTextsProvider
            .Where(IsScoreLangFile)
            .Combine(options)
            .Select((pair, cancellation) => Read(pair.Left, pair.Right, cancellation))
            .WithTrackingName(SourcesStep);

        var collected = sources.Collect()
            .Select((all, _) => new EquatableArray<ScoreSource>(all))
            .WithTrackingName(CollectedStep);

        var generation = collected.Combine(options)
            .Select((pair, cancellation) => Generate(pair.Left, pair.Right, cancellation))
            .WithTrackingName(GenerationStep);

        context.RegisterSourceOutput(generation, static (output, result) =>
        {
            foreach (var file in result.Files)
            {
                output.AddSource(file.HintName, SourceText.From(file.Text, System.Text.Encoding.UTF8));
            }

            foreach (var diagnostic in result.Diagnostics)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });
    }

    private static bool IsScoreLangFile(AdditionalText file) =>
        file.Path.EndsWith(".score", StringComparison.OrdinalIgnoreCase) || file.Path.EndsWith(".schema", StringComparison.OrdinalIgnoreCase);

    private static ScoreSource Read(AdditionalText file, GeneratorOptions options, CancellationToken cancellation)
    {
        var text = file.GetText(cancellation)?.ToString() ?? string.Empty;
        return ScoreSource.Create(file.Path, RelativePath(file.Path, options.ProjectDirectory), text);
    }

    /// <summary>The path from the project folder, with '/' (the file name alone when there is no project folder).</summary>
    internal static string RelativePath(string path, string? projectDirectory)
    {
        var relative = projectDirectory is null ? Path.GetFileName(path) : Path.GetRelativePath(projectDirectory, path);
        return relative.Replace('\\', '/');
    }

    private static GenerationResult Generate(EquatableArray<ScoreSource> sources, GeneratorOptions options, CancellationToken cancellation)
    {
        try
        {
            return ModelEmitter.Emit(sources, options, cancellation);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug in ScoreLang must read as one clear build error, not as a generator crash (CS8785) with a stack trace.
            var path = sources.Length > 0 ? sources[0].Path : string.Empty;
            var failure = DiagnosticInfo.ForFile(
                BuildDiagnostics.GeneratorFailure,
                CoreSeverity.Error,
                "ScoreLang generator failure",
                $"ScoreLang could not generate the scorers ({e.GetType().Name}: {e.Message}). This is a bug in ScoreLang: please report it with the score files.",
                path);
            return new GenerationResult(EquatableArray<GeneratedFile>.Empty, new EquatableArray<DiagnosticInfo>(ImmutableArray.Create(failure)));
        }
    }
}
