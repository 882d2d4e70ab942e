namespace ScoreLang.Learning;

/// <summary>
/// L2-regularised logistic regression on binary indicators, fitted by Newton's method. Each row is the list of the
/// indicators it has (one bin per property), so a pass over the data costs rows x bins-per-row squared, not rows x
/// all-bins squared. The weight at index <c>count</c> is the intercept (not penalised).
/// </summary>
internal static class LogisticFit
{
    public static double[] Fit(IReadOnlyList<int[]> rows, IReadOnlyList<bool> outcome, int count, double l2 = 1.0, int maxIterations = 30)
    {
        var k = count + 1;
        var weights = new double[k];
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            var gradient = new double[k];
            var hessian = new double[k, k];
            for (var i = 0; i < rows.Count; i++)
            {
                var active = rows[i];
                var p = Probability(weights, active, count);
                var error = p - (outcome[i] ? 1 : 0);
                var curvature = Math.Max(p * (1 - p), 1e-12);
                gradient[count] += error;
                hessian[count, count] += curvature;
                foreach (var a in active)
                {
                    gradient[a] += error;
                    hessian[a, count] += curvature;
                    hessian[count, a] += curvature;
                    foreach (var b in active)
                    {
                        hessian[a, b] += curvature;
                    }
                }
            }

            for (var j = 0; j < count; j++)
            {
                gradient[j] += l2 * weights[j];
                hessian[j, j] += l2;
            }

            var step = Cholesky.Solve(hessian, gradient);
            var largest = 0.0;
            for (var j = 0; j < k; j++)
            {
                weights[j] -= step[j];
                largest = Math.Max(largest, Math.Abs(step[j]));
            }

            if (largest < 1e-7)
            {
                break;
            }
        }

        return weights;
    }

    /// <summary>The linear predictor of a row (without the logistic function).</summary>
    public static double Predictor(double[] weights, int[] active, int count)
    {
        var sum = weights[count];
        foreach (var a in active)
        {
            sum += weights[a];
        }

        return sum;
    }

    private static double Probability(double[] weights, int[] active, int count) => 1 / (1 + Math.Exp(-Predictor(weights, active, count)));
}
