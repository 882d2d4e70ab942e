using System.Collections.Immutable;
using Microsoft.ML;
using Microsoft.ML.Data;
using ScoreLang.Predictive;
using Xunit;

namespace ScoreLang.Learning.Tests;

/// <summary>
/// The predictive score's probabilities (S30) when the gradient-boosted trees win: their Platt calibrator is fitted on
/// out-of-fold raw outputs, not on the records the trees were grown on. Planted data (fixed seed) whose conversion
/// probability is known for every record and that a linear model cannot rank (an interaction), with noise inputs for
/// the trees to overfit, so that a calibrator fitted on the training records is measurably too sure of itself.
/// </summary>
public sealed class PredictiveCalibrationTests
{
    private const int Seed = 42;

    /// <summary>Eight numbers of two model features each (value, unknown flag): x0·x1 and x2 matter, the rest are noise.</summary>
    private static readonly ImmutableArray<FeatureInput> Inputs =
        [.. Enumerable.Range(0, 8).Select(i => new FeatureInput("x" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), InputKind.Number, [], 0))];

    [Fact]
    public void OverfittedTrees_OutOfFoldCalibration_IsCloserToThePlantedProbabilities_S30()
    {
        var (vectors, labels, _) = Plant(600, seed: 7);
        var (fresh, _, truth) = Plant(6000, seed: 8);

        var (algorithm, _, mlnet) = PredictiveTrainer.Train(vectors, labels, FeatureEncoder.Width(Inputs), PredictiveLearner.Folds, Seed);
        var (outOfFold, inSample) = BothProbabilities(mlnet, fresh);

        Assert.Equal(ModelAlgorithm.FastTree, algorithm);
        var outOfFoldError = ErrorAgainstTruth(outOfFold, truth);
        var inSampleError = ErrorAgainstTruth(inSample, truth);
        Assert.True(outOfFoldError < inSampleError, $"out-of-fold calibration error {outOfFoldError:0.0000}, FastTree's own {inSampleError:0.0000}");
        Assert.True(outOfFoldError < 0.04, $"out-of-fold calibration error {outOfFoldError:0.0000}");
        // The log-loss against the planted probabilities (a proper score, without outcome noise) agrees.
        Assert.True(LogLossAgainstTruth(outOfFold, truth) < LogLossAgainstTruth(inSample, truth));
    }

    [Fact]
    public void OutOfFoldCalibration_KeepsTheTreesRanking_S30()
    {
        var (vectors, labels, _) = Plant(600, seed: 7);
        var (fresh, _, _) = Plant(2000, seed: 9);
        var learned = Learn(vectors, labels);

        var (raw, probability) = PredictiveModel.Load(learned).Predict(fresh);

        var byRaw = Enumerable.Range(0, raw.Length).OrderBy(i => raw[i]).Select(i => probability[i]).ToArray();
        Assert.Equal(byRaw.Order().ToArray(), byRaw);
        Assert.True(byRaw[0] < byRaw[^1], "the calibrated probabilities are all the same");
    }

    [Fact]
    public void SameDataAndSeed_GiveTheSameCalibratedModelFile_S30()
    {
        var (vectors, labels, _) = Plant(600, seed: 7);

        var first = Learn(vectors, labels);
        var second = Learn(vectors, labels);

        Assert.Equal(ModelFile.Hash(first), ModelFile.Hash(second));
        Assert.Equal(first, second);
    }

    [Fact]
    public void CrossFittedCalibration_AFoldsOwnOutcomesNeverCalibrateIt_S30()
    {
        var random = new Random(3);
        var raw = Enumerable.Range(0, 500).Select(_ => (float)((random.NextDouble() * 6) - 3)).ToArray();
        var labels = raw.Select(r => random.NextDouble() < 1 / (1 + Math.Exp(-2 * r))).ToArray();
        var folds = PredictiveTrainer.StratifiedFolds(labels, 5, Seed);
        var flipped = labels.Select((l, i) => folds[i] == 0 ? !l : l).ToArray();

        var before = OutOfFoldCalibration.CrossFitted(raw, labels, folds, Seed);
        var after = OutOfFoldCalibration.CrossFitted(raw, flipped, folds, Seed);

        var fold = Enumerable.Range(0, raw.Length).Where(i => folds[i] == 0).ToArray();
        Assert.Equal(fold.Select(i => before[i]), fold.Select(i => after[i]));
        // The other folds' calibrators did see fold 0's outcomes, so the flip reaches them: the check above can fail.
        Assert.Contains(Enumerable.Range(0, raw.Length), i => folds[i] != 0 && before[i] != after[i]);
    }


    /// <summary>A model file as learn --predictive writes it for the planted vectors.</summary>
    private static byte[] Learn(float[][] vectors, bool[] labels)
    {
        var (algorithm, candidates, mlnet) = PredictiveTrainer.Train(vectors, labels, FeatureEncoder.Width(Inputs), PredictiveLearner.Folds, Seed);
        var manifest = new ModelManifest(ModelManifest.CurrentFormat, "lead", "converted", algorithm, Inputs, labels.Length, labels.Count(l => l), Seed, candidates);
        return ModelFile.Create(manifest, mlnet);
    }

    /// <summary>
    /// The model's probabilities (the visible Probability column, the out-of-fold calibrator's) and those of FastTree's
    /// own calibrator, fitted on the training records, which the model still computes in a hidden column of that name.
    /// </summary>
    private static (float[] OutOfFold, float[] InSample) BothProbabilities(byte[] mlnet, float[][] vectors)
    {
        var ml = new MLContext(Seed);
        using var stream = new MemoryStream(mlnet);
        var scored = ml.Model.Load(stream, out _).Transform(FeatureRows.Load(ml, vectors, FeatureEncoder.Width(Inputs)));
        var columns = scored.Schema.Where(c => c.Name == "Probability").ToArray();
        Assert.Equal(2, columns.Length);
        return ([.. scored.GetColumn<float>(columns[1])], [.. scored.GetColumn<float>(columns[0])]);
    }

    /// <summary>
    /// Calibration error against the planted probabilities (no outcome noise): the records in ten equal groups by
    /// predicted probability, the records-weighted mean distance between a group's mean prediction and its mean truth.
    /// </summary>
    private static double ErrorAgainstTruth(float[] predicted, double[] truth)
    {
        var order = Enumerable.Range(0, predicted.Length).OrderBy(i => predicted[i]).ToArray();
        var error = 0.0;
        for (var d = 0; d < 10; d++)
        {
            var group = order[(order.Length * d / 10)..(order.Length * (d + 1) / 10)];
            error += group.Length * Math.Abs(group.Average(i => (double)predicted[i]) - group.Average(i => truth[i]));
        }

        return error / predicted.Length;
    }

    private static double LogLossAgainstTruth(float[] predicted, double[] truth) =>
        predicted.Select((q, i) => -((truth[i] * Math.Log(q)) + ((1 - truth[i]) * Math.Log(1 - q)))).Average();

    /// <summary>
    /// <paramref name="count"/> records of eight uniform numbers in [-1, 1]; each converts with probability
    /// logistic(-1 + 4·x0·x1 + x2), the vectors encoded as the predictive score encodes numbers (value, unknown 0).
    /// </summary>
    private static (float[][] Vectors, bool[] Labels, double[] Truth) Plant(int count, int seed)
    {
        var random = new Random(seed);
        var (vectors, labels, truth) = (new float[count][], new bool[count], new double[count]);
        for (var i = 0; i < count; i++)
        {
            var x = Enumerable.Range(0, Inputs.Length).Select(_ => (random.NextDouble() * 2) - 1).ToArray();
            truth[i] = 1 / (1 + Math.Exp(-(-1 + (4 * x[0] * x[1]) + x[2])));
            labels[i] = random.NextDouble() < truth[i];
            vectors[i] = [.. x.SelectMany(v => new[] { (float)v, 0f })];
        }

        return (vectors, labels, truth);
    }
}
