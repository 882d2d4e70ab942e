using ScoreLang.Benchmarks.Validation;
using ScoreLang.Benchmarks.Workload;

namespace ScoreLang.Benchmarks.Modes;

/// <summary><c>--validate [sizes]</c>: builds each size's data set and checks that every contender agrees (no timing).</summary>
internal static class ValidateMode
{
    public static int Run(string[] sizes, TextWriter output)
    {
        foreach (var size in sizes.Length == 0 ? [WorkloadSize.Smoke, WorkloadSize.Small] : sizes)
        {
            try
            {
                BenchmarkWorkload.Get(size, output);
            }
            catch (ValidationException ex)
            {
                output.WriteLine("validation failed: " + ex.Message);
                return 2;
            }
        }

        return 0;
    }
}
