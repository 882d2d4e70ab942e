namespace ScoreLang.Benchmarks.Validation;

/// <summary>A contender disagreed with the reference: the benchmark must not time it.</summary>
internal sealed class ValidationException(string message) : Exception(message);
