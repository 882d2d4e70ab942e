using System.Collections.Immutable;
using ScoreLang.Diagnostics;
using ScoreLang.Semantics;

namespace ScoreLang.Evaluation;

/// <summary>
/// The outcome of one in-file test: passed when every expectation holds. <see cref="Result"/> is the evaluated score
/// (null only when the test could not be run, see <see cref="Error"/>); <see cref="Duration"/> is how long it took.
/// </summary>
public sealed record TestResult(
    BoundTest Test,
    ScoreResult? Result,
    ImmutableArray<ExpectationResult> Expectations,
    string? Error,
    TimeSpan Duration)
{
    public string Name => Test.Name;

    public string ScoreName => Test.ScoreName;

    public SourceLocation Location => Test.Location;

    public bool Passed => Error is null && Expectations.All(e => e.Passed);

    /// <summary>The failure messages, one a line, each naming the test, the score and where the expectation is.</summary>
    public IEnumerable<string> FailureMessages =>
        Error is not null ? [Error] : Expectations.Where(e => !e.Passed).Select(e => e.Message);
}

/// <summary>
/// One <c>expect</c> checked: <see cref="Actual"/> is what the evaluation gave (a double, a tier label, a bool for
/// scored/unscored, or null for empty). <see cref="Message"/> says, for a failure, what was expected and what came,
/// naming the test, the score and the expectation's file, line and column.
/// </summary>
public sealed record ExpectationResult(BoundExpectation Expectation, bool Passed, object? Actual, string Message);
