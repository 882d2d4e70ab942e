using System.Globalization;
using System.Text;
using ScoreLang.Predictive;
using ScoreLang.Semantics;

namespace ScoreLang.LanguageServer.Hovers;

/// <summary>
/// The hover of a predictive score (S30): its model file, the SHA-256 the score file states and whether the file on disk
/// still has it (<c>run</c> refuses it otherwise, SL5005), what the model predicts from which inputs, what the score
/// writes, and its closed-when condition. The file's hash and manifest come from a <see cref="ModelFileCache"/>, kept while
/// the file's length and write time are unchanged: a model replaced by <c>learn</c> shows at the next hover.
/// </summary>
internal static class PredictiveHover
{
    public static string Markdown(PredictiveScoreSymbol score, ModelFileCache models)
    {
        ArgumentNullException.ThrowIfNull(score);
        ArgumentNullException.ThrowIfNull(models);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"**Score** `{score.Name}`{(score.Title is { } title ? $" “{title}”" : string.Empty)} · predictive score for `{score.RecordTypeName}`\n\n");
        var path = ModelFile.PathBeside(score.ModelLocation.Path, score.ModelPath);
        text.Append(CultureInfo.InvariantCulture, $"Model: `{score.ModelPath}` · sha256 `{score.ModelHash ?? "not stated"}`\n\n");
        var manifest = AppendFileState(text, models.Read(path), score.ModelHash);
        if (manifest is not null)
        {
            var chosen = manifest.Candidates.FirstOrDefault(c => c.Algorithm == manifest.Algorithm);
            text.Append(CultureInfo.InvariantCulture, $"Predicts `{manifest.Outcome}` with {manifest.Algorithm}, learned from {manifest.Records} records ({manifest.Converted} with the outcome)");
            text.Append(chosen is null ? ".\n" : string.Create(CultureInfo.InvariantCulture, $"; cross-validated AUC {chosen.Auc:0.000}, log-loss {chosen.LogLoss:0.000}.\n"));
            text.Append("\n| Input | Encoded as |\n|---|---|\n");
            foreach (var input in manifest.Inputs)
            {
                text.Append(CultureInfo.InvariantCulture, $"| `{input.Label}` | {Encoding(input)} |\n");
            }
        }

        text.Append(CultureInfo.InvariantCulture, $"\nWrites `{score.Outputs.Score}` (probability, 0-100) and `{score.Outputs.Tier}` ({string.Join(", ", PredictiveScoreSymbol.PriorityLabels)})\n\n");
        text.Append(score.Closed is { } closed
            ? $"Closed when {ConditionText.Describe(closed)}: such a record gets “Closed won” and no probability.\n"
            : "No closed-when condition: every scored record gets a probability.\n");
        return text.ToString();
    }

    /// <summary>Says whether the file is there and has the stated hash; returns its manifest when it can be read.</summary>
    private static ModelManifest? AppendFileState(StringBuilder text, ModelFileState file, string? statedHash)
    {
        if (file.ReadError is { } error)
        {
            text.Append(CultureInfo.InvariantCulture, $"⚠ The model file cannot be read ({error}): `run` would refuse it (SL5004).\n\n");
            return null;
        }

        text.Append(string.Equals(file.Hash, statedHash, StringComparison.OrdinalIgnoreCase)
            ? "The file on disk matches this hash.\n\n"
            : $"⚠ The file on disk has sha256 `{file.Hash}`, which does **not** match: `run` would refuse it (SL5005); learn again or restore the file.\n\n");
        if (file.FormatError is { } problem)
        {
            text.Append(CultureInfo.InvariantCulture, $"⚠ It is not a usable model file: {problem} (SL5006).\n\n");
        }

        return file.Manifest;
    }

    private static string Encoding(FeatureInput input) => input.Kind switch
    {
        InputKind.Number => "number (unknown: " + ConditionText.Number(input.Fill) + ")",
        InputKind.Date => "days since the date",
        InputKind.Bool => "true / false",
        InputKind.Category => $"one of {input.Values.Length} values",
        _ => "count of events and days since the last one",
    };
}
