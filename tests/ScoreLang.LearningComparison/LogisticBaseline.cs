using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;
using ScoreLang.Learning;
using MlDataKind = Microsoft.ML.Data.DataKind;

namespace ScoreLang.LearningComparison;

/// <summary>
/// The yardstick: a plain ML.NET logistic regression (L-BFGS, its default regularisation) on the same
/// properties as the learner: one-hot categoricals, numbers normalised to unit variance with the training mean filled in
/// for unknowns, and a missing indicator per number. Every transform is fitted on the training folds only, so nothing of
/// the held-out fold leaks into it.
/// </summary>
internal static class LogisticBaseline
{
    /// <summary>
    /// The held-out AUC of each fold and each record's held-out probability, on the learner's folds
    /// (<paramref name="folds"/>[i] is the fold of <paramref name="rows"/>[i]).
    /// </summary>
    public static HeldOut Measure(BaselineInput input, int[] rows, int[] folds, Outcome outcome, int seed)
    {
        var context = new MLContext(seed);
        var pipeline = Pipeline(context);
        var aucs = new double[folds.Max() + 1];
        var probabilities = new double[rows.Length];
        for (var f = 0; f < aucs.Length; f++)
        {
            var train = rows.Where((_, i) => folds[i] != f).ToArray();
            var test = rows.Where((_, i) => folds[i] == f).ToArray();
            var model = pipeline.Fit(input.View(context, train));
            var scored = model.Transform(input.View(context, test));
            var scores = scored.GetColumn<float>("Score").Select(s => (double)s).ToArray();
            aucs[f] = RankAuc.Compute(scores, [.. test.Select(r => outcome.Values[r])]);
            HeldOut.Place(probabilities, folds, f, scored.GetColumn<float>("Probability"));
        }

        return new HeldOut([.. aucs], [.. probabilities]);
    }

    private static EstimatorChain<BinaryPredictionTransformer<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>>> Pipeline(MLContext context) =>
        context.Transforms.IndicateMissingValues("Missing", nameof(BaselineRow.Numbers))
            .Append(context.Transforms.Conversion.ConvertType("MissingFlags", "Missing", MlDataKind.Single))
            .Append(context.Transforms.ReplaceMissingValues("Filled", nameof(BaselineRow.Numbers), MissingValueReplacingEstimator.ReplacementMode.Mean))
            .Append(context.Transforms.NormalizeMeanVariance("Scaled", "Filled"))
            // Tokens are "property=value", so one bag over all categorical slots is exactly one indicator per value.
            .Append(context.Transforms.Categorical.OneHotEncoding("OneHot", nameof(BaselineRow.Categories), OneHotEncodingEstimator.OutputKind.Bag))
            .Append(context.Transforms.Concatenate("Features", "Scaled", "MissingFlags", "OneHot"))
            .Append(context.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = nameof(BaselineRow.Label),
                FeatureColumnName = "Features",
                NumberOfThreads = 1, // the same figures on every run
            }));
}
