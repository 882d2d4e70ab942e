namespace ScoreLang.Build.Pipeline;

/// <summary>One generated C# file: its hint name (unique within the generator) and its text.</summary>
internal sealed record GeneratedFile(string HintName, string Text);

/// <summary>
/// Everything one run of the generator produces, as comparable data: when a run gives a result equal to the previous
/// one, Roslyn keeps the previous output and nothing is added to the compilation again.
/// </summary>
internal sealed record GenerationResult(EquatableArray<GeneratedFile> Files, EquatableArray<DiagnosticInfo> Diagnostics);
