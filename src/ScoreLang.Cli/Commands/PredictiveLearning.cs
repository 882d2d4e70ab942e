using System.Globalization;
using System.Text;
using ScoreLang.Cli.Infrastructure;
using ScoreLang.Data.Writing;
using ScoreLang.Formatting;
using ScoreLang.Learning;
using ScoreLang.Learning.Stages;
using ScoreLang.Predictive;
using ScoreLang.Runtime;
using ScoreLang.Semantics;

namespace ScoreLang.Cli.Commands;

/// <summary>
/// <c>scorelang learn ... --predictive</c> (S30): learns an ML.NET model of the outcome from the records' properties and
/// their events as of the evaluation date, writes it as a model file beside the score file (named after it), and writes
/// the score file: <c>kind predictive</c>, the model with its SHA-256, the end-stage condition if given, and a header
/// stating the data, the outcome, the date and the cross-validated AUC and log-loss of every candidate.
/// </summary>
internal static class PredictiveLearning
{
    public static int Run(LearnRequest request, TextWriter output, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(request);
        var sources = SourceSet.Load([request.SchemaPath]);
        if (sources.HasErrors)
        {
            DiagnosticPrinter.Print(errors, sources.Diagnostics, OutputFormat.Text);
            return ExitCodes.Failed;
        }

        var schema = sources.Compilations[0].Program.Schema;
        if (!schema.Records.TryGetValue(request.RecordType, out var type))
        {
            throw new UserErrorException($"The schema has no record type '{request.RecordType}'.");
        }

        var stage = StageEvaluation.Parse(request.Outcome);
        IEnumerable<string> named = stage is null ? request.Exclude.Append(request.Outcome) : request.Exclude;
        if (named.FirstOrDefault(p => type.FindProperty(p) is null && !schema.Events.ContainsKey(p)) is { } unknown)
        {
            throw new UserErrorException($"Record type '{request.RecordType}' has no property '{unknown}'.");
        }

        var data = DataLoading.Load(schema, request.DataPath, request.MaxErrors, errors).Data;
        var (outcome, pointInTime, moments, asOf) = OutcomeOf(data, request, stage);
        var rows = Enumerable.Range(0, outcome.Count).Where(r => outcome.Known[r]).ToArray();
        var labels = rows.Select(r => outcome.Values[r]).ToArray();
        var converted = labels.Count(l => l);
        if (rows.Length < LearnOptions.MinimumRecords || Math.Min(converted, rows.Length - converted) < LearnOptions.MinimumConversions)
        {
            throw new UserErrorException(string.Create(CultureInfo.InvariantCulture,
                $"{rows.Length} records with a known '{request.Outcome}', {converted} converted: learning needs at least {LearnOptions.MinimumRecords} records and {LearnOptions.MinimumConversions} of each outcome."));
        }

        // A stage outcome's own stages are the outcome, never inputs (as for the integer-point learner).
        var leftOut = new HashSet<string>(stage is null ? request.Exclude.Append(request.Outcome) : request.Exclude.Append(stage.Start).Append(stage.End), StringComparer.Ordinal);
        var learned = PredictiveLearner.Learn(pointInTime, request.RecordType, outcome.Name, rows, labels, moments, leftOut, request.Seed)
            ?? throw new UserErrorException($"Record type '{request.RecordType}' has no property or event type left to learn from.");
        var (manifest, file) = (learned.Manifest, learned.File);
        var modelPath = ModelPathFor(request.OutputPath);
        var text = ScoreText(request, manifest, asOf, outcome.Notes, Path.GetFileName(modelPath), ModelFile.Hash(file));
        CheckBinds(text, request.OutputPath, errors);
        AtomicFile.Write(modelPath, stream => stream.Write(file));
        AtomicFile.WriteAllText(request.OutputPath, text);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Learned a predictive model ({Name(manifest.Algorithm)}) from {rows.Length} records: cross-validated AUC {manifest.Chosen.Auc:0.000}, log-loss {manifest.Chosen.LogLoss:0.000}. Wrote {modelPath} and {request.OutputPath}."));
        return ExitCodes.Success;
    }

    /// <summary>
    /// The outcome, the data to learn from and each record's evaluation moment: for a bool outcome the data as loaded and
    /// <c>--as-of</c> for everyone; for a stage transition (S29) each record as it stood when it entered the start stage
    /// (a point-in-time copy), as of that moment, with the integer-point learner's exclusion and censoring rules.
    /// </summary>
    private static (Outcome Outcome, ScoringData Data, long[] Moments, DateTime AsOf) OutcomeOf(ScoringData data, LearnRequest request, StageTransition? stage)
    {
        if (stage is null)
        {
            var outcome = OutcomeReader.Read(data.RecordsOf(request.RecordType), request.Outcome);
            var moments = new long[outcome.Count];
            Array.Fill(moments, request.AsOf.Ticks);
            return (outcome, data, moments, request.AsOf);
        }

        var (stageOutcome, pointInTime) = StageEvaluation.Prepare(data, request.RecordType, stage, request.AsOfGiven ? request.AsOf : null);
        return (stageOutcome.Outcome, pointInTime, stageOutcome.ScoringTicks, stageOutcome.AsOf);
    }

    /// <summary>The model file beside the score file, named after it: <c>lead-conversion.score</c> → <c>lead-conversion.model.zip</c>.</summary>
    public static string ModelPathFor(string scorePath) => Path.ChangeExtension(scorePath, null) + ".model.zip";

    private static string Name(ModelAlgorithm algorithm) =>
        algorithm == ModelAlgorithm.LogisticRegression ? "logistic regression" : "gradient-boosted trees (FastTree)";

    private static string ScoreText(LearnRequest request, ModelManifest manifest, DateTime asOf, IReadOnlyList<string> notes, string modelFile, string hash)
    {
        var text = new StringBuilder();
        void Line(string line = "") => text.Append(line).Append('\n');
        string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

        var data = Path.GetFileName(Path.TrimEndingDirectorySeparator(request.DataPath));
        Line(F($"// Learned by scorelang learn --predictive from {data}, as of {asOf:yyyy-MM-dd}: the probability of '{manifest.Outcome}'."));
        Line(F($"// {manifest.Records} {manifest.RecordType} records with a known outcome, {manifest.Converted} of them converted ({(double)manifest.Converted / manifest.Records:P1})."));
        foreach (var note in notes)
        {
            Line($"// {note}");
        }

        Line(F($"// {PredictiveLearner.Folds}-fold stratified cross-validation (seed {manifest.Seed}), the same folds for each ML.NET model:"));
        foreach (var candidate in manifest.Candidates)
        {
            var chosen = candidate.Algorithm == manifest.Algorithm ? "  <- chosen" : string.Empty;
            Line(F($"//   {Name(candidate.Algorithm),-34} AUC {candidate.Auc:0.000} (folds {candidate.FoldAucs.Min():0.000} to {candidate.FoldAucs.Max():0.000}), log-loss {candidate.LogLoss:0.000}{chosen}"));
        }

        Line(F($"// Inputs: {string.Join(", ", manifest.Inputs.Select(i => i.Label))}."));
        Line(F($"// The model is in {modelFile}; `scorelang explain` shows each input's contribution to a record's probability."));
        Line();
        var import = Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(request.OutputPath))!, Path.GetFullPath(request.SchemaPath)).Replace('\\', '/');
        Line($"import {LiteralText.String(import)}");
        Line();
        Line($"score {request.ScoreName} for {request.RecordType} {LiteralText.String($"Probability of {request.Outcome}")} {{");
        Line("  kind predictive");
        Line($"  model {LiteralText.String(modelFile)} sha256 {LiteralText.String(hash)}");
        if (request.Closed is not null)
        {
            Line($"  closed when {request.Closed}");
        }

        Line($"  output {{ probability: {request.ScoreName}, priority: {request.ScoreName}_priority }}");
        Line("}");
        return text.ToString();
    }

    /// <summary>The written file must bind without errors (the end-stage condition is the user's text).</summary>
    private static void CheckBinds(string text, string outputPath, TextWriter errors)
    {
        var tree = Syntax.SyntaxTree.Parse(Text.SourceText.From(text, FileSourceResolver.DisplayPath(outputPath)));
        var compilation = Compilation.Create(tree, new FileSourceResolver());
        if (compilation.HasErrors)
        {
            DiagnosticPrinter.Print(errors, compilation.Diagnostics, OutputFormat.Text);
            throw new UserErrorException("The learned score file would not bind (see above): check --closed. Nothing was written.");
        }
    }
}

/// <summary>Everything <c>scorelang learn --predictive</c> was asked to do.</summary>
internal sealed record LearnRequest(
    string SchemaPath,
    string DataPath,
    string RecordType,
    string Outcome,
    string OutputPath,
    IReadOnlyList<string> Exclude,
    int Seed,
    string ScoreName,
    DateTime AsOf,
    int MaxErrors,
    string? Closed)
{
    /// <summary>Whether <c>--as-of</c> was given: a stage outcome otherwise ends its time frames at the data's latest date.</summary>
    public bool AsOfGiven { get; init; } = true;
}
