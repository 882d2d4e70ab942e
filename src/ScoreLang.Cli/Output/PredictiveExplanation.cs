using System.Globalization;
using ScoreLang.Cli.Infrastructure;
using ScoreLang.Predictive;
using ScoreLang.Runtime;
using ScoreLang.Semantics;

namespace ScoreLang.Cli.Output;

/// <summary>
/// <c>explain</c> for predictive scores (S30): the record's probability and priority, then how each input moved the
/// model's raw output (largest first), with the baseline, so that the lines add up to the raw output exactly.
/// </summary>
internal static class PredictiveExplanation
{
    /// <summary>Prints every predictive score of <paramref name="scores"/> that has the record; returns how many.</summary>
    public static int Print(TextWriter output, PredictiveRun run, IReadOnlyList<PredictiveScoreSymbol> scores, ScoringData data, string recordId, DateTime asOf)
    {
        if (scores.Count == 0)
        {
            return 0;
        }

        // The priority ranks the whole population (S30), so the batch is scored first, then the one record is explained.
        var results = run.CreateOutput(data);
        run.Score(data, asOf, results);
        var explained = 0;
        foreach (var score in scores)
        {
            var row = data.RecordsOf(score.RecordTypeName).RowOf(recordId);
            if (row < 0)
            {
                continue;
            }

            explained++;
            var columns = results[score.Name];
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{score.Name} for {recordId} as of {asOf:yyyy-MM-dd HH:mm}Z"));
            if (!columns.IsScored(row))
            {
                output.WriteLine("  not scored: the record is excluded (its score properties stay empty, S20)");
                continue;
            }

            if (!columns.HasValue(row))
            {
                output.WriteLine("  priority Closed won: the record has already reached the end stage, so it gets no probability (S30)");
                continue;
            }

            var model = run.ModelOf(score.Name);
            var explanation = ContributionExplainer.Explain(data, score.RecordTypeName, model, row, asOf);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  probability {explanation.Probability:0.##} %, priority {columns.TierOf(row)} ({Describe(model.Manifest.Algorithm)})"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  raw output {Format(explanation.Raw)} = baseline {Format(explanation.Baseline)} + the contributions below"));
            foreach (var part in explanation.Contributions.OrderByDescending(c => Math.Abs(c.Contribution)).ThenBy(c => c.Input, StringComparer.Ordinal))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {Signed(part.Contribution),9}  {part.Input} = {part.Value}"));
            }
        }

        return explained;
    }

    private static string Describe(ModelAlgorithm algorithm) => algorithm == ModelAlgorithm.LogisticRegression
        ? "logistic regression: the raw output is the log-odds"
        : "gradient-boosted trees: the raw output is the trees' sum, calibrated into the probability";

    private static string Format(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    private static string Signed(double value) => (value >= 0 ? "+" : string.Empty) + Format(value);
}
