using System.Text;
using static ScoreLang.LearningComparison.ComparisonTable;

namespace ScoreLang.LearningComparison;

/// <summary>
/// The predictive score's part of the generated tables (S30): its held-out AUC against the regression's on the same
/// folds, which algorithm each fold's learning chose, the log-loss and expected calibration error of both, and the
/// calibration per decile of the held-out probabilities of every record.
/// </summary>
internal static class PredictiveTable
{
    public static void Render(StringBuilder text, IReadOnlyList<ComparisonResult> results)
    {
        var measured = results.Where(r => r.Predictive is not null).ToList();
        if (measured.Count == 0)
        {
            return;
        }

        text.AppendLine();
        text.AppendLine("**The predictive score (S30)** on the same folds: for each fold, `learn --predictive` on the other four (inputs, both candidates cross-validated on those four only, the winner refitted, FastTree's calibrator fitted on its out-of-fold outputs from those four), measured on the held-out fold. Log-loss (nats) and calibration error are over every record's held-out probability.");
        text.AppendLine();
        text.AppendLine("| data set | predictive AUC (folds) | ML.NET LR AUC | difference | goal (≥ LR) | chosen in the folds | log-loss predictive | log-loss LR | calibration error predictive | calibration error LR | learn (5 folds) |");
        text.AppendLine("|---|---|---:|---:|---|---|---:|---:|---:|---:|---:|");
        foreach (var r in measured)
        {
            var p = r.Predictive!;
            var predicted = CalibrationSummary.From(p.HeldOut.Probabilities, r.Labels);
            var baseline = r.BaselineCalibration;
            var goal = !r.DataSet.IsGoal ? (r.PredictiveMeetsGoal ? "(not a goal; ≥ LR)" : "(not a goal; < LR)") : r.PredictiveMeetsGoal ? "met" : "**missed**";
            text.AppendLine(Invariant(
                $"| {r.DataSet.Name} | {p.HeldOut.Auc:0.000} ({Spread(p.HeldOut.FoldAucs)}) | {r.BaselineAuc:0.000} | {p.HeldOut.Auc - r.BaselineAuc:+0.000;-0.000;0.000} | {goal} | {Chosen(p)} | {predicted.LogLoss:0.000} | {baseline.LogLoss:0.000} | {predicted.ExpectedError:0.000} | {baseline.ExpectedError:0.000} | {Seconds(p.Time)} |"));
        }

        text.AppendLine();
        text.AppendLine("Calibration per decile: every record's held-out probability, the records in ten equal groups by it (1 = lowest), each cell the group's mean predicted probability / observed conversion rate, in percent (as `scorelang evaluate` shows it). Calibration error is the records-weighted mean of |predicted − observed| over the deciles.");
        text.AppendLine();
        text.AppendLine("| data set | model | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var r in measured)
        {
            Deciles(text, r.DataSet.Name, "predictive", CalibrationSummary.From(r.Predictive!.HeldOut.Probabilities, r.Labels));
            Deciles(text, r.DataSet.Name, "ML.NET LR", r.BaselineCalibration);
        }
    }

    private static void Deciles(StringBuilder text, string dataSet, string model, CalibrationSummary summary) =>
        text.AppendLine($"| {dataSet} | {model} | {string.Join(" | ", summary.Deciles.Select(d => Invariant($"{d.Predicted * 100:0.0} / {d.Observed * 100:0.0}")))} |");

    /// <summary>Which algorithm each fold's learning chose, e.g. "FastTree ×5" or "FastTree ×3, LogisticRegression ×2".</summary>
    private static string Chosen(PredictiveFigures figures) =>
        string.Join(", ", figures.Chosen.GroupBy(c => c, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Invariant($"{g.Key} ×{g.Count()}")));
}
