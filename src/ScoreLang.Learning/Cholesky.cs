namespace ScoreLang.Learning;

/// <summary>Solves a symmetric positive-definite system (the regularised Hessian always is).</summary>
internal static class Cholesky
{
    public static double[] Solve(double[,] matrix, double[] vector)
    {
        var n = vector.Length;
        var lower = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var sum = matrix[i, j];
                for (var m = 0; m < j; m++)
                {
                    sum -= lower[i, m] * lower[j, m];
                }

                lower[i, j] = i == j ? Math.Sqrt(Math.Max(sum, 1e-12)) : sum / lower[j, j];
            }
        }

        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            var sum = vector[i];
            for (var m = 0; m < i; m++)
            {
                sum -= lower[i, m] * y[m];
            }

            y[i] = sum / lower[i, i];
        }

        var x = new double[n];
        for (var i = n - 1; i >= 0; i--)
        {
            var sum = y[i];
            for (var m = i + 1; m < n; m++)
            {
                sum -= lower[m, i] * x[m];
            }

            x[i] = sum / lower[i, i];
        }

        return x;
    }
}
