using ScoreLang.LearningComparison;
using ScoreLang.Runtime;
using ScoreLang.Runtime.Building;
using ScoreLang.Semantics;
using ScoreLang.Syntax;
using Xunit;

namespace ScoreLang.Learning.Tests;

/// <summary>
/// The learning comparison's nested folds for the predictive score (S30, issue 10): a held-out fold reaches neither the
/// model that scores it nor that model's calibrator. Planted records whose trees win (an interaction of two numbers),
/// so the out-of-fold calibrator is part of every model measured.
/// </summary>
public sealed class PredictiveFoldsLeakTests
{
    private const string Schema = """
        record lead {
          x0: number
          x1: number
          x2: number
          x3: number
        }
        """;

    private static readonly DateTime AsOf = new(2024, 7, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void HeldOutFoldsOwnOutcomes_ChangeNotItsProbabilities_S30()
    {
        var (data, outcome) = Plant(600, seed: 11);
        var rows = Enumerable.Range(0, outcome.Count).ToArray();
        var folds = StratifiedFolds.Assign(rows, outcome, new LearnOptions());
        var moments = Enumerable.Repeat(AsOf.Ticks, outcome.Count).ToArray();
        var flipped = outcome with { Values = [.. outcome.Values.Select((v, i) => folds[i] == 0 ? !v : v)] };
        var none = new HashSet<string>(StringComparer.Ordinal);

        var (before, chosen) = PredictiveFolds.Measure(data, "lead", outcome, rows, folds, moments, none, 42);
        var (after, _) = PredictiveFolds.Measure(data, "lead", flipped, rows, folds, moments, none, 42);

        Assert.Equal("FastTree", chosen[0]);
        var heldOut = rows.Where(i => folds[i] == 0).ToArray();
        Assert.Equal(heldOut.Select(i => before.Probabilities[i]), heldOut.Select(i => after.Probabilities[i]));
        // Fold 0 trains the other folds' models and calibrators, so the flip does reach them: the check above can fail.
        Assert.Contains(rows, i => folds[i] != 0 && before.Probabilities[i] != after.Probabilities[i]);
    }

    /// <summary>Four uniform numbers in [-1, 1]; a record converts with probability logistic(-0.5 + 2·sign(x0·x1)).</summary>
    private static (ScoringData Data, Outcome Outcome) Plant(int count, int seed)
    {
        var compilation = Compilation.Create(SyntaxTree.Parse(Schema, "planted.schema"));
        var builder = new ScoringDataBuilder(compilation.Program.Schema);
        var records = builder.Records("lead");
        var random = new Random(seed);
        var values = new bool[count];
        for (var i = 0; i < count; i++)
        {
            var row = records.Add("p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var x = Enumerable.Range(0, 4).Select(_ => (random.NextDouble() * 2) - 1).ToArray();
            for (var k = 0; k < x.Length; k++)
            {
                records.SetValue(row, records.RecordType.FindProperty("x" + k.ToString(System.Globalization.CultureInfo.InvariantCulture))!.Ordinal, x[k]);
            }

            values[i] = random.NextDouble() < 1 / (1 + Math.Exp(-(-0.5 + (x[0] * x[1] > 0 ? 2 : -2))));
        }

        return (builder.Build(), new Outcome("converted", [.. Enumerable.Repeat(true, count)], values));
    }
}
