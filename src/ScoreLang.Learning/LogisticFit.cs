namespace ScoreLang.Learning;

/// <summary>
/// L2-regularised logistic regression on sparse features, fitted by Newton's method. Each row is the list of the
/// features it has (one bin per property, value 1, or a decayed event rule's amount) with their values, so a pass over
/// the data costs rows x features-per-row squared, not rows x all-features squared. The weight at index <c>count</c> is
/// the intercept (not penalised).
/// </summary>
internal static class LogisticFit
{
    public static double[] Fit(IReadOnlyList<int[]> rows, IReadOnlyList<double[]> values, IReadOnlyList<bool> outcome, int count, double l2 = 1.0, int maxIterations = 30)
    {
        var k = count + 1;
        var weights = new double[k];
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            var gradient = new double[k];
            var hessian = new double[k, k];
            for (var i = 0; i < rows.Count; i++)
            {
                var (active, value) = (rows[i], values[i]);
                var p = 1 / (1 + Math.Exp(-Predictor(weights, active, value, count)));
                var error = p - (outcome[i] ? 1 : 0);
                var curvature = Math.Max(p * (1 - p), 1e-12);
                gradient[count] += error;
                hessian[count, count] += curvature;
                for (var x = 0; x < active.Length; x++)
                {
                    var (a, va) = (active[x], value[x]);
                    gradient[a] += error * va;
                    hessian[a, count] += curvature * va;
                    hessian[count, a] += curvature * va;
                    for (var y = 0; y < active.Length; y++)
                    {
                        hessian[a, active[y]] += curvature * va * value[y];
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
    public static double Predictor(double[] weights, int[] active, double[] values, int count)
    {
        var sum = weights[count];
        for (var x = 0; x < active.Length; x++)
        {
            sum += weights[active[x]] * values[x];
        }

        return sum;
    }
}
