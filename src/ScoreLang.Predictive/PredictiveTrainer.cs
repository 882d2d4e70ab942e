using System.Collections.Immutable;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;

namespace ScoreLang.Predictive;

/// <summary>
/// Learns a predictive model (S30) with ML.NET: a logistic regression and gradient-boosted trees (FastTree) are each
/// measured by stratified k-fold cross-validation on the same folds (fixed seed), the one with the higher mean held-out
/// AUC is kept (the regression on a tie: it is the simpler model), and it is trained again on every record. Both
/// produce calibrated probabilities: the regression by construction, the trees through a Platt calibrator fitted on
/// their out-of-fold raw outputs from that same cross-validation (<see cref="OutOfFoldCalibration"/>), not on the
/// records the final trees were grown on. The records given are all the calibrator sees, so a fold held out by the
/// caller reaches neither the trees nor the calibrator. One thread and a fixed seed make training reproducible, so the
/// model file's hash is too.
/// </summary>
internal static class PredictiveTrainer
{
    public static (ModelAlgorithm Algorithm, ImmutableArray<CandidateFigures> Candidates, byte[] Model) Train(
        float[][] vectors, bool[] labels, int width, int folds, int seed)
    {
        var assignment = StratifiedFolds(labels, folds, seed);
        var candidates = ImmutableArray.CreateBuilder<CandidateFigures>();
        float[] treesOutOfFold = [];
        foreach (var algorithm in new[] { ModelAlgorithm.LogisticRegression, ModelAlgorithm.FastTree })
        {
            var aucs = new List<double>();
            var probabilities = new float[labels.Length];
            var raw = new float[labels.Length];
            for (var f = 0; f < folds; f++)
            {
                var train = Enumerable.Range(0, labels.Length).Where(i => assignment[i] != f).ToArray();
                var test = Enumerable.Range(0, labels.Length).Where(i => assignment[i] == f).ToArray();
                var ml = new MLContext(seed);
                var model = Pipeline(ml, algorithm, seed).Fit(FeatureRows.Load(ml, Pick(vectors, train), Pick(labels, train), width));
                var scored = model.Transform(FeatureRows.Load(ml, Pick(vectors, test), Pick(labels, test), width));
                aucs.Add(ml.BinaryClassification.Evaluate(scored).AreaUnderRocCurve);
                Place(raw, test, scored.GetColumn<float>("Score"));
                Place(probabilities, test, scored.GetColumn<float>("Probability"));
            }

            if (algorithm == ModelAlgorithm.FastTree)
            {
                // The trees' probabilities as the model file will give them: a calibrator on out-of-fold outputs, here
                // fitted for each fold on the other folds' outputs so that a fold's outcomes never calibrate it.
                treesOutOfFold = raw;
                probabilities = OutOfFoldCalibration.CrossFitted(raw, labels, assignment, seed);
            }

            // Log-loss in nats, computed as evaluate computes it (ML.NET's own figure is in bits), per fold.
            var losses = Enumerable.Range(0, folds).Select(f => LogLoss(Where(probabilities, assignment, f), Where(labels, assignment, f)));
            candidates.Add(new CandidateFigures(algorithm, aucs.Average(), losses.Average(), [.. aucs]));
        }

        var chosen = candidates.OrderByDescending(c => c.Auc).ThenBy(c => c.Algorithm).First().Algorithm;
        var final = new MLContext(seed);
        var data = FeatureRows.Load(final, vectors, labels, width);
        var fitted = Pipeline(final, chosen, seed).Fit(data);
        if (chosen == ModelAlgorithm.FastTree)
        {
            // Its Probability column hides the one of FastTree's own calibrator (fitted on the training records).
            fitted = fitted.Append(OutOfFoldCalibration.Fit(final, treesOutOfFold, labels));
        }

        using var buffer = new MemoryStream();
        final.Model.Save(fitted, data.Schema, buffer);
        return (chosen, candidates.ToImmutable(), buffer.ToArray());
    }

    private static IEstimator<ITransformer> Pipeline(MLContext ml, ModelAlgorithm algorithm, int seed) => algorithm switch
    {
        // Min-max scaling keeps 0 at 0, so an all-zero record's logit is the bias (explain starts from it).
        ModelAlgorithm.LogisticRegression => ml.Transforms.NormalizeMinMax(FeatureRows.Features)
            .Append(ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = FeatureRows.Label,
                FeatureColumnName = FeatureRows.Features,
                NumberOfThreads = 1,
                L2Regularization = 1f,
            })),
        _ => ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            LabelColumnName = FeatureRows.Label,
            FeatureColumnName = FeatureRows.Features,
            NumberOfThreads = 1,
            Seed = seed,
            NumberOfTrees = 100,
            NumberOfLeaves = 16,
            MinimumExampleCountPerLeaf = 20,
            LearningRate = 0.1,
        }),
    };

    /// <summary>Fold per row: converted and not converted rows shuffled apart with the seed, then dealt in turn.</summary>
    internal static int[] StratifiedFolds(bool[] labels, int folds, int seed)
    {
        var random = new Random(seed);
        var assignment = new int[labels.Length];
        foreach (var positive in new[] { true, false })
        {
            var members = Enumerable.Range(0, labels.Length).Where(i => labels[i] == positive).ToArray();
            random.Shuffle(members);
            for (var i = 0; i < members.Length; i++)
            {
                assignment[members[i]] = i % folds;
            }
        }

        return assignment;
    }

    /// <summary>Mean negative natural log of the probability given to what happened, clipped like evaluate's.</summary>
    private static double LogLoss(float[] probabilities, bool[] labels) =>
        probabilities.Select((p, i) =>
        {
            var q = Math.Clamp((double)p, 1e-15, 1 - 1e-15);
            return labels[i] ? -Math.Log(q) : -Math.Log(1 - q);
        }).Average();

    private static T[] Pick<T>(T[] values, int[] rows) => [.. rows.Select(r => values[r])];

    private static T[] Where<T>(T[] values, int[] assignment, int fold) => [.. values.Where((_, i) => assignment[i] == fold)];

    private static void Place(float[] target, int[] rows, IEnumerable<float> values)
    {
        var k = 0;
        foreach (var value in values)
        {
            target[rows[k++]] = value;
        }
    }
}
