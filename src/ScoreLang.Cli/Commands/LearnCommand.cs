using System.CommandLine;
using System.Globalization;
using ScoreLang.Cli.Infrastructure;
using ScoreLang.Data.Writing;
using ScoreLang.Learning;
using ScoreLang.Runtime.Columns;

namespace ScoreLang.Cli.Commands;

/// <summary>
/// <c>scorelang learn &lt;schema&gt; --data DIR --record-type T --outcome OUTCOME --out learned.score</c>: learns an
/// integer-point fit score from the records' properties and an observed outcome, a bool property or a stage transition
/// (S29, <see cref="StageEvaluation"/>), and writes it as an ordinary, editable score file with its cross-validated
/// quality in a header comment and tests from held-out records.
/// </summary>
internal static class LearnCommand
{
    public static Command Create()
    {
        var schema = new Argument<string>("schema") { Description = "The .schema (or .score) file that declares the record type." };
        var data = CommonOptions.Data();
        var recordType = new Option<string>("--record-type") { Description = "The record type to score.", Required = true };
        var outcome = new Option<string>("--outcome") { Description = "The outcome: a bool (or 0/1 number) property of the records, or a stage transition, e.g. \"mql -> won within 90 days\".", Required = true };
        var output = new Option<string>("--out") { Description = "The .score file to write (atomically).", Required = true };
        var exclude = new Option<string[]>("--exclude") { Description = "Properties to leave out (for example ones filled in after the outcome).", AllowMultipleArgumentsPerToken = true };
        var name = new Option<string?>("--name") { Description = "The learned score's name (default: after its kind, learned_fit, learned_engagement or learned_predictive)." };
        var seed = new Option<int>("--seed") { Description = "Seed of the cross-validation folds: the same seed gives the same file.", DefaultValueFactory = _ => 42 };
        var budget = new Option<int>("--rules") { Description = "The most rules the file may have.", DefaultValueFactory = _ => 40 };
        var asOf = CommonOptions.AsOf();
        var maxErrors = CommonOptions.MaxErrors();
        var predictive = new Option<bool>("--predictive") { Description = "Learn a predictive score (S30): an ML.NET model of the outcome's probability, saved beside the score file." };
        var closed = new Option<string?>("--closed") { Description = "With --predictive: the condition of records already at the end stage (\"Closed won\"), e.g. \"stage == customer\"." };
        var command = new Command("learn", "Learn an editable fit score, or a predictive score, from data and an observed outcome.") { schema, data, recordType, outcome, output, exclude, name, seed, budget, asOf, maxErrors, predictive, closed };
        command.SetAction(result => result.GetValue(predictive)
            ? PredictiveLearning.Run(
                new LearnRequest(result.GetValue(schema)!, result.GetValue(data)!, result.GetValue(recordType)!, result.GetValue(outcome)!, result.GetValue(output)!,
                    result.GetValue(exclude) ?? [], result.GetValue(seed), result.GetValue(name) ?? "learned_predictive", CommonOptions.ParseAsOf(result.GetValue(asOf)), result.GetValue(maxErrors), result.GetValue(closed))
                { AsOfGiven = result.GetValue(asOf) is not null },
                Console.Out, Console.Error)
            : result.GetValue(closed) is not null
            ? throw new UserErrorException(ClosedWithoutPredictive)
            : Run(
            result.GetValue(schema)!, result.GetValue(data)!, result.GetValue(recordType)!, result.GetValue(outcome)!, result.GetValue(output)!,
            new LearnOptions
            {
                Exclude = new HashSet<string>(result.GetValue(exclude) ?? [], StringComparer.Ordinal),
                Seed = result.GetValue(seed),
                RuleBudget = result.GetValue(budget),
            },
            result.GetValue(name), CommonOptions.ParseAsOf(result.GetValue(asOf)), result.GetValue(maxErrors), Console.Out, Console.Error, asOfGiven: result.GetValue(asOf) is not null));
        return command;
    }

    /// <summary>SL8001: an option that only applies to another mode is an error, never silently ignored.</summary>
    internal const string ClosedWithoutPredictive = "SL8001: --closed only applies to a predictive score: add --predictive, or leave --closed out.";

    public static int Run(string schemaPath, string dataPath, string recordType, string outcomeName, string outputPath, LearnOptions options, string? scoreName, DateTime asOf, int maxErrors, TextWriter output, TextWriter errors, bool asOfGiven = true)
    {
        var sources = SourceSet.Load([schemaPath]);
        if (sources.HasErrors)
        {
            DiagnosticPrinter.Print(errors, sources.Diagnostics, OutputFormat.Text);
            return ExitCodes.Failed;
        }

        var schema = sources.Compilations[0].Program.Schema;
        if (!schema.Records.TryGetValue(recordType, out var type))
        {
            throw new UserErrorException($"The schema has no record type '{recordType}'.");
        }

        var stage = StageEvaluation.Parse(outcomeName);
        IEnumerable<string> named = stage is null ? options.Exclude.Append(outcomeName) : options.Exclude;
        foreach (var property in named.Where(p => type.FindProperty(p) is null))
        {
            throw new UserErrorException($"Record type '{recordType}' has no property '{property}'.");
        }

        var loaded = DataLoading.Load(schema, dataPath, maxErrors, errors);
        var data = loaded.Data;
        Outcome observed;
        long[] moments;
        if (stage is null)
        {
            observed = OutcomeReader.Read(data.RecordsOf(recordType), outcomeName);
            moments = [.. Enumerable.Repeat((asOf.Kind == DateTimeKind.Local ? asOf.ToUniversalTime() : asOf).Ticks, observed.Count)];
        }
        else
        {
            // Learned from the records as each stood when it entered the start stage, so the score cannot learn the future.
            var (stageOutcome, pointInTime) = StageEvaluation.Prepare(data, recordType, stage, asOfGiven ? asOf : null);
            (observed, data, moments, asOf) = (stageOutcome.Outcome, pointInTime, stageOutcome.ScoringTicks, stageOutcome.AsOf);
            options = options with { Exclude = new HashSet<string>(options.Exclude.Append(stage.Start).Append(stage.End), StringComparer.Ordinal) };
        }

        LearnedScore learned;
        try
        {
            learned = ScorecardLearner.Learn(data, recordType, observed, moments, options);
        }
        catch (LearningException e)
        {
            throw new UserErrorException(e.Message, e);
        }

        var import = Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(outputPath))!, Path.GetFullPath(schemaPath)).Replace('\\', '/');
        var text = ScoreFileWriter.Write(learned, scoreName ?? ScoreFileWriter.DefaultName(learned), import, Path.GetFileName(Path.TrimEndingDirectorySeparator(dataPath)), asOf, options);
        AtomicFile.WriteAllText(outputPath, text);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Learned {learned.Rules.Length} rules from {learned.Records} records: held-out AUC {learned.Auc:0.000} (logistic regression {learned.RegressionAuc:0.000}). Wrote {outputPath}."));
        foreach (var warning in learned.Warnings)
        {
            errors.WriteLine($"scorelang: warning: {warning}");
        }

        return ExitCodes.Success;
    }
}

/// <summary>An outcome column read as bools: a bool property, or a number that is 0 or 1.</summary>
internal static class OutcomeReader
{
    public static Outcome Read(Runtime.RecordBatch records, string name)
    {
        var column = records.Column(name);
        var known = new bool[records.Count];
        var values = new bool[records.Count];
        for (var row = 0; row < records.Count; row++)
        {
            known[row] = column.Known[row];
            values[row] = column switch
            {
                BoolColumn b => b.Values[row],
                NumberColumn n when !n.Known[row] || n.Values[row] is 0 or 1 => n.Values[row] == 1,
                NumberColumn n => throw new UserErrorException(string.Create(CultureInfo.InvariantCulture, $"The outcome '{name}' of {records.Name} '{records.Ids[row]}' is {n.Values[row]}: an outcome number must be 0 or 1.")),
                _ => throw new UserErrorException($"The outcome '{name}' is not a bool (or 0/1 number) property of {records.Name}."),
            };
        }

        return new Outcome(name, known, values);
    }
}
