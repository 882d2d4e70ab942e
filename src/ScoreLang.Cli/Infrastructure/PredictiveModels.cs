using System.Collections.Immutable;
using ScoreLang.Diagnostics;
using ScoreLang.Predictive;
using ScoreLang.Semantics;

namespace ScoreLang.Cli.Infrastructure;

/// <summary>
/// Loads the model file of every predictive score of a program (S30), beside its score file: a missing file (SL5004), a
/// hash other than the one the score file states (SL5005), or a file that is not a usable model for the record type
/// (SL5006) is a diagnostic at the <c>model</c> line, and nothing is scored. The core library reads no files, so this
/// check lives here.
/// </summary>
internal static class PredictiveModels
{
    /// <summary>The models by score name, or null after printing the diagnostics.</summary>
    public static ImmutableDictionary<string, PredictiveModel>? Load(BoundProgram program, TextWriter errors)
    {
        var models = ImmutableDictionary.CreateBuilder<string, PredictiveModel>(StringComparer.Ordinal);
        var diagnostics = new List<Diagnostic>();
        foreach (var score in program.Predictive)
        {
            var (model, diagnostic) = LoadOne(program, score);
            if (model is not null)
            {
                models[score.Name] = model;
            }
            else if (diagnostic is not null)
            {
                diagnostics.Add(diagnostic);
            }
        }

        if (diagnostics.Count == 0)
        {
            return models.ToImmutable();
        }

        DiagnosticPrinter.Print(errors, diagnostics, OutputFormat.Text);
        return null;
    }

    /// <summary>Where a predictive score's model file is: its path relative to the folder of the score file.</summary>
    public static string PathOf(PredictiveScoreSymbol score)
    {
        ArgumentNullException.ThrowIfNull(score);
        return ModelFile.PathBeside(score.ModelLocation.Path, score.ModelPath);
    }

    private static (PredictiveModel? Model, Diagnostic? Error) LoadOne(BoundProgram program, PredictiveScoreSymbol score)
    {
        var location = score.ModelLocation;
        var path = PathOf(score);
        if (!File.Exists(path))
        {
            return (null, Diagnostic.Create(DiagnosticCatalog.ModelFileNotFound, location, score.ModelPath, path));
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, Diagnostic.Create(DiagnosticCatalog.ModelFileUnreadable, location, score.ModelPath, e.Message));
        }

        var hash = ModelFile.Hash(bytes);
        if (!string.Equals(hash, score.ModelHash, StringComparison.OrdinalIgnoreCase))
        {
            return (null, Diagnostic.Create(DiagnosticCatalog.ModelFileChanged, location, score.ModelPath, hash, score.ModelHash));
        }

        try
        {
            var model = PredictiveModel.Load(bytes);
            var recordType = program.Schema.Records[score.RecordTypeName];
            if (model.Manifest.RecordType != score.RecordTypeName)
            {
                throw new InvalidDataException($"it predicts for {model.Manifest.RecordType} records, not {score.RecordTypeName}");
            }

            if (model.Manifest.Inputs.FirstOrDefault(i => !FeatureEncoder.Fits(i, recordType, program.Schema)) is { } missing)
            {
                throw new InvalidDataException($"it was learned with '{missing.Label}', which the schema no longer has in that form");
            }

            return (model, null);
        }
        catch (InvalidDataException e)
        {
            return (null, Diagnostic.Create(DiagnosticCatalog.ModelFileUnreadable, location, score.ModelPath, e.Message));
        }
    }
}
